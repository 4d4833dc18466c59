import { invalidParameter } from "./errors"
import { State } from "./state"
import { Params, StripeObject } from "./types"
import { Fields, int, str } from "./validate"

/** Pagination parameters every list endpoint accepts. */
export const LIST_FIELDS: Fields = { limit: int(1), starting_after: str(), ending_before: str() }

/**
 * A Stripe list, newest first: {object: "list", data, has_more, url}.
 * `items` are given oldest first (insertion order of the Maps).
 */
export function paginate(items: StripeObject[], p: Params, url: string): StripeObject {
  const limit: number = p.limit ?? 10
  if (limit > 100) {
    throw invalidParameter("limit", "This value must be less than or equal to 100.", "parameter_invalid_integer")
  }
  let newestFirst = [...items].reverse()
  if (p.starting_after) {
    newestFirst = newestFirst.slice(cursor(newestFirst, p.starting_after, "starting_after") + 1)
  } else if (p.ending_before) {
    const end = cursor(newestFirst, p.ending_before, "ending_before")
    newestFirst = newestFirst.slice(Math.max(0, end - limit), end)
  }
  return {
    object: "list",
    data: newestFirst.slice(0, limit).map((item) => structuredClone(item)),
    has_more: newestFirst.length > limit,
    url,
  }
}

function cursor(items: StripeObject[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id)
  if (index < 0) {
    throw invalidParameter(param, `No such object: '${id}'`, "resource_missing")
  }
  return index
}

/** The line items of a payment link or checkout session, as Stripe lists them (object "item"). */
export function lineItemsList(state: State, ownerId: string, url: string, p: Params = {}): StripeObject {
  const items = (state.lineItems.get(ownerId) ?? []).map((item) => {
    const price = state.store.prices.get(item.price)!
    const product = state.store.products.get(price.product)
    const total = price.unit_amount * item.quantity
    return {
      id: item.id,
      object: "item",
      amount_discount: 0,
      amount_subtotal: total,
      amount_tax: 0,
      amount_total: total,
      currency: price.currency,
      description: product?.name ?? null,
      price: structuredClone(price),
      quantity: item.quantity,
    }
  })
  // line items list in the order they were given, not newest first
  return paginate(items.reverse(), p, url)
}
