import { invalidParameter } from "./errors"
import { lineItemsList } from "./lists"
import { State } from "./state"
import { StripeObject } from "./types"

/** Which fields of which object types can be expanded, and into what ("list:x" is a list of x). */
const EXPANDABLE: Record<string, Record<string, string>> = {
  payment_intent: { payment_method: "payment_method", latest_charge: "charge", customer: "customer" },
  charge: { payment_intent: "payment_intent", customer: "customer" },
  refund: { charge: "charge", payment_intent: "payment_intent" },
  "checkout.session": {
    payment_intent: "payment_intent",
    payment_link: "payment_link",
    customer: "customer",
    line_items: "list:item",
  },
  payment_link: { line_items: "list:item" },
  item: { price: "price" },
  price: { product: "product" },
  product: { default_price: "price" },
  payment_method: { customer: "customer" },
  setup_intent: { customer: "customer", payment_method: "payment_method" },
}

const MAX_DEPTH = 4

/** Refuses, before anything runs, an `expand[]` path the response type does not allow. */
export function checkExpandable(returns: string, paths: string[] | undefined): void {
  for (const path of paths ?? []) {
    let type = returns
    let depth = 0
    for (const segment of path.split(".")) {
      if (type.startsWith("list:") && segment === "data") {
        type = type.slice("list:".length)
        continue
      }
      const fields = EXPANDABLE[type] ?? {}
      const target = Object.prototype.hasOwnProperty.call(fields, segment) ? fields[segment] : undefined
      if (!target || ++depth > MAX_DEPTH) {
        throw invalidParameter("expand", `This property cannot be expanded (${path}).`)
      }
      type = target
    }
  }
}

/** Replaces ids by their objects along each path, in place (call on a copy). */
export function expand(state: State, response: StripeObject, paths: string[] | undefined): StripeObject {
  for (const path of paths ?? []) {
    expandInto(state, response, path.split("."))
  }
  return response
}

function expandInto(state: State, target: StripeObject, segments: string[]): void {
  const [head, ...rest] = segments
  if (target.object === "list" && head === "data") {
    for (const item of target.data as StripeObject[]) {
      expandInto(state, item, rest)
    }
    return
  }
  if (head === "line_items") {
    const base = target.object === "payment_link" ? "/v1/payment_links" : "/v1/checkout/sessions"
    target.line_items = lineItemsList(state, target.id, `${base}/${target.id}/line_items`)
  } else if (typeof target[head] === "string") {
    const found = state.find(target[head])
    if (found) {
      target[head] = structuredClone(found)
    }
  }
  const next = target[head]
  if (rest.length && next && typeof next === "object") {
    expandInto(state, next as StripeObject, rest)
  }
}
