import { exclusiveParameters, missingParameter, stateError } from "../errors"
import { newId, nowSeconds } from "../ids"
import { LIST_FIELDS, lineItemsList, paginate } from "../lists"
import { Routes } from "../router"
import { State, StoredLineItem } from "../state"
import { Params, StripeObject } from "../types"
import { arr, bool, initialMetadata, int, metadata, obj, oneOf, req, str, url } from "../validate"
import { mustGet, retrieve } from "./common"
import { LINE_ITEM, buildLineItems } from "./payment-links"

const DAY = 24 * 60 * 60

/** The total of stored line items, from their prices. */
export function totalOf(state: State, items: StoredLineItem[]): number {
  return items.reduce((sum, item) => sum + state.store.prices.get(item.price)!.unit_amount * item.quantity, 0)
}

/** A Checkout Session (mode "payment"), open until paid or expired. */
export function createSession(state: State, items: StoredLineItem[], currency: string, fields: StripeObject): StripeObject {
  const id = newId("cs_test")
  const created = nowSeconds()
  const total = totalOf(state, items)
  const session = {
    id,
    object: "checkout.session",
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, status: null },
    billing_address_collection: null,
    cancel_url: null,
    client_reference_id: null,
    client_secret: null,
    collected_information: null,
    consent: null,
    created,
    currency,
    custom_fields: [],
    customer: null,
    customer_creation: "if_required",
    customer_details: null,
    customer_email: null,
    expires_at: created + DAY,
    invoice: null,
    livemode: false,
    locale: null,
    metadata: {},
    mode: "payment",
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "if_required",
    payment_method_types: ["card"],
    payment_status: "unpaid",
    phone_number_collection: { enabled: false },
    recovered_from: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_details: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    url: `https://checkout.stripe.test/c/pay/${id}`,
    ...fields,
  }
  state.lineItems.set(id, items)
  state.store.checkoutSessions.set(id, session)
  return session
}

function create(state: State, p: Params): StripeObject {
  if (!p.line_items) {
    throw missingParameter("line_items")
  }
  if (p.customer && p.customer_email) {
    throw exclusiveParameters(["customer", "customer_email"])
  }
  if (p.customer) {
    mustGet(state.store.customers, p.customer, "customer", "customer")
  }
  const { items, currency } = buildLineItems(state, p.line_items)
  return createSession(state, items, currency, {
    cancel_url: p.cancel_url ?? null,
    client_reference_id: p.client_reference_id ?? null,
    customer: p.customer ?? null,
    customer_email: p.customer_email ?? null,
    expires_at: p.expires_at ?? nowSeconds() + DAY,
    metadata: initialMetadata(p.metadata),
    shipping_address_collection: p.shipping_address_collection ?? null,
    success_url: p.success_url ?? null,
    allow_promotion_codes: p.allow_promotion_codes ?? null,
  })
}

export const checkoutSessionRoutes: Routes = [
  {
    method: "POST",
    path: "/v1/checkout/sessions",
    returns: "checkout.session",
    fields: {
      mode: oneOf("payment"),
      line_items: arr(LINE_ITEM),
      success_url: url(),
      cancel_url: url(),
      metadata: metadata(),
      client_reference_id: str(),
      customer: str(),
      customer_email: str(),
      expires_at: int(),
      shipping_address_collection: obj({ allowed_countries: req(arr(str())) }),
      allow_promotion_codes: bool(),
    },
    handle: ({ state, p }) => create(state, p),
  },
  {
    method: "GET",
    path: "/v1/checkout/sessions/:id",
    returns: "checkout.session",
    fields: {},
    handle: retrieve("checkout.session", (s) => s.store.checkoutSessions),
  },
  {
    method: "GET",
    path: "/v1/checkout/sessions",
    returns: "list:checkout.session",
    fields: { ...LIST_FIELDS, payment_link: str(), payment_intent: str(), customer: str(), status: oneOf("open", "complete", "expired") },
    handle: ({ state, p, path }) =>
      paginate(
        [...state.store.checkoutSessions.values()].filter(
          (s) =>
            (!p.payment_link || s.payment_link === p.payment_link) &&
            (!p.payment_intent || s.payment_intent === p.payment_intent) &&
            (!p.customer || s.customer === p.customer) &&
            (!p.status || s.status === p.status)
        ),
        p,
        path
      ),
  },
  {
    method: "POST",
    path: "/v1/checkout/sessions/:id/expire",
    returns: "checkout.session",
    fields: {},
    handle: ({ state, id }) => {
      const session = mustGet(state.store.checkoutSessions, id, "checkout.session")
      if (session.status !== "open") {
        throw stateError(`Only Checkout Sessions with a status in ["open"] can be expired. This session has status ${session.status}.`)
      }
      Object.assign(session, { status: "expired", url: null })
      state.emit("checkout.session.expired", session)
      return session
    },
  },
  {
    method: "GET",
    path: "/v1/checkout/sessions/:id/line_items",
    returns: "list:item",
    fields: LIST_FIELDS,
    handle: ({ state, p, id, path }) => lineItemsList(state, mustGet(state.store.checkoutSessions, id, "checkout.session").id, path, p),
  },
]
