import { exclusiveParameters, invalidParameter, missingParameter } from "../errors"
import { newId, randomToken } from "../ids"
import { LIST_FIELDS, lineItemsList, paginate } from "../lists"
import { Routes } from "../router"
import { State, StoredLineItem } from "../state"
import { Params, StripeObject } from "../types"
import { Fields, arr, bool, cannotUnset, currency, initialMetadata, int, mergeMetadata, metadata, obj, oneOf, req, str, url } from "../validate"
import { applyUpdate, mustGet, pick, retrieve } from "./common"
import { PRICE_DATA, createPrice, priceParam } from "./prices"

/** Line items as payment links and checkout sessions take them: a price (or price_data) and a quantity. */
export const LINE_ITEM = obj({
  price: str(),
  price_data: obj(PRICE_DATA),
  quantity: req(int(1)),
  adjustable_quantity: obj({ enabled: req(bool()), minimum: int(0), maximum: int(1) }),
})

const PAYMENT_INTENT_DATA = obj({
  metadata: metadata(),
  description: str(),
  statement_descriptor: str(),
  statement_descriptor_suffix: str(),
  transfer_group: str(),
})

const EDITABLE: Fields = {
  metadata: metadata(),
  payment_intent_data: PAYMENT_INTENT_DATA,
  restrictions: obj({ completed_sessions: req(obj({ limit: req(int(1)) })) }),
  shipping_address_collection: obj({ allowed_countries: req(arr(str())) }),
  after_completion: obj({
    type: req(oneOf("redirect", "hosted_confirmation")),
    redirect: obj({ url: req(url()) }),
    hosted_confirmation: obj({ custom_message: str() }),
  }),
  inactive_message: str(),
  allow_promotion_codes: bool(),
  billing_address_collection: oneOf("auto", "required"),
  customer_creation: oneOf("always", "if_required"),
  phone_number_collection: obj({ enabled: req(bool()) }),
  submit_type: oneOf("auto", "book", "donate", "pay"),
  payment_method_types: arr(str()),
}

const MAX_LINE_ITEMS = 20

/**
 * Checks line items (each price exists, is active, all in one currency) and
 * only then creates any price_data prices. Returns the stored items and currency.
 */
export function buildLineItems(state: State, items: Params[], prefix = "line_items"): { items: StoredLineItem[]; currency: string } {
  if (items.length > MAX_LINE_ITEMS) {
    throw invalidParameter(prefix, `You may only specify up to ${MAX_LINE_ITEMS} line items.`)
  }
  let currencySeen: string | undefined
  items.forEach((item, i) => {
    const at = `${prefix}[${i}]`
    if (item.price && item.price_data) {
      throw exclusiveParameters([`${at}[price]`, `${at}[price_data]`])
    }
    if (!item.price && !item.price_data) {
      throw missingParameter(`${at}[price]`)
    }
    if (item.price_data) {
      checkPriceData(state, item.price_data, `${at}[price_data]`)
    }
    const price = item.price ? priceParam(state, item.price, `${at}[price]`) : item.price_data
    if (item.price && !price.active) {
      throw invalidParameter(`${at}[price]`, `The price specified (${item.price}) is inactive. This field only accepts active prices.`)
    }
    if (currencySeen && price.currency !== currencySeen) {
      throw invalidParameter(`${at}[price]`, "All line items must use prices in the same currency.")
    }
    currencySeen = price.currency
  })
  const stored = items.map((item, i) => ({
    id: newId("li"),
    price: item.price ?? createPrice(state, item.price_data, `${prefix}[${i}][price_data]`).id,
    quantity: item.quantity,
  }))
  return { items: stored, currency: currencySeen! }
}

/** What createPrice would refuse, checked before anything is created. */
function checkPriceData(state: State, data: Params, at: string): void {
  if (data.product && data.product_data) {
    throw exclusiveParameters([`${at}[product]`, `${at}[product_data]`])
  }
  if (!data.product && !data.product_data) {
    throw missingParameter(`${at}[product]`)
  }
  if (data.product) {
    mustGet(state.store.products, data.product, "product", `${at}[product]`)
  }
  if (data.unit_amount === undefined || data.unit_amount === null) {
    throw missingParameter(`${at}[unit_amount]`)
  }
}

function checkShipping(p: Params): void {
  p.shipping_address_collection?.allowed_countries.forEach((country: string, i: number) => {
    if (!/^[A-Z]{2}$/.test(country)) {
      throw invalidParameter(
        `shipping_address_collection[allowed_countries][${i}]`,
        `Invalid shipping_address_collection[allowed_countries][${i}]: must be a two-letter country code`
      )
    }
  })
  if (p.after_completion?.type === "redirect" && !p.after_completion.redirect) {
    throw missingParameter("after_completion[redirect]")
  }
}

/** after_completion, payment_intent_data and restrictions as the link object shows them. */
function shapeOf(p: Params, current: StripeObject | undefined): StripeObject {
  const out: StripeObject = {}
  if (p.after_completion) {
    const { type, redirect, hosted_confirmation } = p.after_completion
    out.after_completion =
      type === "redirect"
        ? { type, redirect: { url: redirect.url } }
        : { type, hosted_confirmation: { custom_message: hosted_confirmation?.custom_message ?? null } }
  }
  if (p.payment_intent_data === null) {
    out.payment_intent_data = null
  } else if (p.payment_intent_data !== undefined) {
    const given = p.payment_intent_data
    const before = current?.payment_intent_data ?? {}
    // a field not sent keeps its value; one sent as "" (null here) is unset
    const field = (key: string) => (key in given ? given[key] : before[key] ?? null)
    out.payment_intent_data = {
      capture_method: null,
      description: field("description"),
      metadata: mergeMetadata(initialMetadata(before.metadata), given.metadata),
      setup_future_usage: null,
      statement_descriptor: field("statement_descriptor"),
      statement_descriptor_suffix: field("statement_descriptor_suffix"),
      transfer_group: field("transfer_group"),
    }
  }
  if (p.restrictions !== undefined) {
    out.restrictions = p.restrictions && {
      completed_sessions: {
        count: current?.restrictions?.completed_sessions.count ?? 0,
        limit: p.restrictions.completed_sessions.limit,
      },
    }
  }
  return out
}

function createLink(state: State, p: Params): StripeObject {
  checkShipping(p)
  const { items, currency } = buildLineItems(state, p.line_items)
  const link = {
    id: newId("plink"),
    object: "payment_link",
    active: true,
    after_completion: { type: "hosted_confirmation", hosted_confirmation: { custom_message: null } },
    allow_promotion_codes: p.allow_promotion_codes ?? false,
    application: null,
    automatic_tax: { enabled: false, liability: null },
    billing_address_collection: p.billing_address_collection ?? "auto",
    currency,
    customer_creation: p.customer_creation ?? "if_required",
    inactive_message: p.inactive_message ?? null,
    livemode: false,
    metadata: initialMetadata(p.metadata),
    payment_intent_data: null,
    payment_method_collection: "always",
    payment_method_types: p.payment_method_types ?? null,
    phone_number_collection: { enabled: p.phone_number_collection?.enabled ?? false },
    restrictions: null,
    shipping_address_collection: p.shipping_address_collection
      ? { allowed_countries: p.shipping_address_collection.allowed_countries }
      : null,
    shipping_options: [],
    submit_type: p.submit_type ?? "auto",
    url: `https://buy.stripe.test/test_${randomToken(20)}`,
    ...shapeOf(p, undefined),
  }
  state.lineItems.set(link.id, items)
  state.store.paymentLinks.set(link.id, link)
  state.emit("payment_link.created", link)
  return link
}

export const paymentLinkRoutes: Routes = [
  {
    method: "POST",
    path: "/v1/payment_links",
    returns: "payment_link",
    fields: { ...EDITABLE, line_items: req(arr(LINE_ITEM)), currency: currency() },
    handle: ({ state, p }) => createLink(state, p),
  },
  {
    method: "GET",
    path: "/v1/payment_links/:id",
    returns: "payment_link",
    fields: {},
    handle: retrieve("payment link", (s) => s.store.paymentLinks),
  },
  {
    method: "POST",
    path: "/v1/payment_links/:id",
    returns: "payment_link",
    fields: { ...EDITABLE, active: bool() },
    handle: ({ state, p, id }) => {
      const link = mustGet(state.store.paymentLinks, id, "payment link")
      cannotUnset(p, ["active", "after_completion"])
      checkShipping(p)
      const simple = pick(p, [
        "active",
        "inactive_message",
        "metadata",
        "allow_promotion_codes",
        "billing_address_collection",
        "customer_creation",
        "submit_type",
        "payment_method_types",
      ])
      if (p.phone_number_collection) {
        simple.phone_number_collection = { enabled: p.phone_number_collection.enabled }
      }
      if (p.shipping_address_collection !== undefined) {
        simple.shipping_address_collection = p.shipping_address_collection
      }
      return applyUpdate(state, link, { ...simple, ...shapeOf(p, link) }, "payment_link.updated")
    },
  },
  {
    method: "GET",
    path: "/v1/payment_links/:id/line_items",
    returns: "list:item",
    fields: LIST_FIELDS,
    handle: ({ state, p, id, path }) => lineItemsList(state, mustGet(state.store.paymentLinks, id, "payment link").id, path, p),
  },
  {
    method: "GET",
    path: "/v1/payment_links",
    returns: "list:payment_link",
    fields: { ...LIST_FIELDS, active: bool() },
    handle: ({ state, p, path }) =>
      paginate([...state.store.paymentLinks.values()].filter((x) => p.active === undefined || x.active === p.active), p, path),
  },
]
