import { exclusiveParameters, invalidParameter, stateError, unexpectedIntentState } from "../errors"
import { LIST_FIELDS, paginate } from "../lists"
import { createPaymentMethod, resolvePaymentMethod } from "../cards"
import { CONFIRMABLE, cancelIntent, captureIntent, confirmIntent, createIntent } from "../payments"
import { Routes } from "../router"
import { State } from "../state"
import { Params, StripeObject } from "../types"
import { Fields, arr, bool, currency, initialMetadata, int, metadata, obj, oneOf, opaque, req, str, url } from "../validate"
import { applyUpdate, mustGet, pick, retrieve } from "./common"

export const ADDRESS = obj({ line1: str(), line2: str(), city: str(), state: str(), postal_code: str(), country: str() })
const SHIPPING = obj({ name: req(str()), address: req(ADDRESS), carrier: str(), phone: str(), tracking_number: str() })

/** Fields create, update and confirm share. */
const COMMON: Fields = {
  metadata: metadata(),
  description: str(),
  capture_method: oneOf("automatic", "automatic_async", "manual"),
  payment_method: str(),
  payment_method_types: arr(str()),
  payment_method_data: obj({ type: req(str()), billing_details: opaque(), metadata: metadata() }),
  payment_method_options: opaque(),
  setup_future_usage: oneOf("on_session", "off_session"),
  receipt_email: str(),
  shipping: SHIPPING,
}

const CREATE: Fields = {
  ...COMMON,
  amount: req(int(1)),
  currency: req(currency()),
  confirm: bool(),
  customer: str(),
  payment_method_configuration: str(),
  automatic_payment_methods: obj({ enabled: req(bool()), allow_redirects: oneOf("always", "never") }),
  off_session: opaque(),
  return_url: url(),
  statement_descriptor: str(),
  statement_descriptor_suffix: str(),
  confirmation_method: oneOf("automatic", "manual"),
  error_on_requires_action: bool(),
  transfer_group: str(),
}

const UPDATE: Fields = {
  ...COMMON,
  amount: int(1),
  currency: currency(),
  customer: str(),
  payment_method_configuration: str(),
  statement_descriptor: str(),
  statement_descriptor_suffix: str(),
  transfer_group: str(),
}

const CONFIRM: Fields = { ...COMMON, return_url: url(), off_session: opaque(), error_on_requires_action: bool(), mandate_data: opaque() }

/** Stripe's minimum charge amounts for common currencies (smallest unit). */
const MINIMUMS: Record<string, number> = { usd: 50, eur: 50, cad: 50, aud: 50, chf: 50, jpy: 50, gbp: 30 }

function checkAmount(p: Params): void {
  if (p.amount === undefined) {
    return
  }
  const min = MINIMUMS[p.currency] ?? 1
  if (p.amount < min) {
    throw invalidParameter("amount", `Amount must be at least ${min} ${p.currency}`, "amount_too_small")
  }
  if (p.amount > 99999999) {
    throw invalidParameter("amount", "Amount must be no more than 99999999", "amount_too_large")
  }
}

/** payment_method / payment_method_data / customer, resolved; validation only, before anything changes. */
function paymentMethodFrom(state: State, p: Params): StripeObject | undefined {
  if (p.payment_method && p.payment_method_data) {
    throw exclusiveParameters(["payment_method", "payment_method_data"])
  }
  if (p.customer) {
    mustGet(state.store.customers, p.customer, "customer", "customer")
  }
  if (p.payment_method) {
    return resolvePaymentMethod(state, p.payment_method)
  }
  if (p.payment_method_data) {
    return createPaymentMethod(state, p.payment_method_data.type, p.payment_method_data.billing_details ?? {})
  }
  return undefined
}

function create(state: State, p: Params): StripeObject {
  if (p.automatic_payment_methods && p.payment_method_types) {
    throw exclusiveParameters(["automatic_payment_methods", "payment_method_types"])
  }
  if (p.payment_method_configuration && p.payment_method_types) {
    throw exclusiveParameters(["payment_method_configuration", "payment_method_types"])
  }
  checkAmount(p)
  const pm = paymentMethodFrom(state, p)
  if (p.confirm && !pm) {
    throw invalidParameter("payment_method", "You cannot confirm this PaymentIntent because it's missing a payment method.", "parameter_missing")
  }
  // parameters that steer this request but are not fields of the intent
  const { confirm, expand, payment_method_data, payment_method_configuration, off_session, return_url, ...rest } = p
  const { error_on_requires_action, confirmation_method, ...fields } = rest
  const intent = createIntent(state, {
    ...fields,
    payment_method_configuration_details: payment_method_configuration ? { id: payment_method_configuration, parent: null } : null,
    metadata: initialMetadata(p.metadata),
    payment_method: pm?.id ?? null,
    ...(p.automatic_payment_methods ? { automatic_payment_methods: { allow_redirects: "always", ...p.automatic_payment_methods } } : {}),
  })
  if (confirm) {
    confirmIntent(state, intent)
  }
  return intent
}

function update(state: State, p: Params, intent: StripeObject): StripeObject {
  const anytime = ["metadata", "description", "receipt_email", "shipping", "expand"]
  if (!CONFIRMABLE.includes(intent.status) && Object.keys(p).some((k) => !anytime.includes(k))) {
    throw unexpectedIntentState(intent, "updated", CONFIRMABLE)
  }
  checkAmount({ ...p, currency: p.currency ?? intent.currency })
  const pm = paymentMethodFrom(state, p)
  const changes = pick(p, Object.keys(UPDATE).filter((k) => !["payment_method_data", "payment_method", "payment_method_configuration"].includes(k)))
  if (pm) {
    changes.payment_method = pm.id
    changes.status = "requires_confirmation"
  }
  return applyUpdate(state, intent, changes, null)
}

function confirm(state: State, p: Params, intent: StripeObject): StripeObject {
  if (!CONFIRMABLE.includes(intent.status)) {
    throw unexpectedIntentState(intent, "confirmed", CONFIRMABLE)
  }
  const pm = paymentMethodFrom(state, p)
  if (!pm && !intent.payment_method) {
    const message = "You cannot confirm this PaymentIntent because it's missing a payment method. Specify a payment_method."
    throw stateError(message, {
      code: "payment_intent_unexpected_state",
      payment_intent: structuredClone(intent),
    })
  }
  const changes = pick(p, [
    "metadata",
    "description",
    "capture_method",
    "receipt_email",
    "setup_future_usage",
    "shipping",
    "payment_method_types",
    "payment_method_options",
  ])
  applyUpdate(state, intent, { ...changes, ...(pm ? { payment_method: pm.id } : {}) }, null)
  confirmIntent(state, intent)
  return intent
}

function capture(state: State, p: Params, intent: StripeObject): StripeObject {
  if (intent.status !== "requires_capture") {
    throw unexpectedIntentState(intent, "captured", ["requires_capture"])
  }
  const amount = p.amount_to_capture ?? intent.amount_capturable
  if (amount > intent.amount_capturable) {
    throw stateError(`The amount to capture (${amount}) is greater than the amount capturable (${intent.amount_capturable}).`, {
      code: "amount_too_large",
      param: "amount_to_capture",
    })
  }
  applyUpdate(state, intent, pick(p, ["metadata", "statement_descriptor", "statement_descriptor_suffix"]), null)
  captureIntent(state, intent, amount)
  return intent
}

const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]

const onIntent =
  (fn: (state: State, p: Params, intent: StripeObject) => StripeObject) =>
  ({ state, p, id }: { state: State; p: Params; id: string }) =>
    fn(state, p, mustGet(state.store.paymentIntents, id, "payment_intent"))

export const paymentIntentRoutes: Routes = [
  { method: "POST", path: "/v1/payment_intents", returns: "payment_intent", fields: CREATE, handle: ({ state, p }) => create(state, p) },
  {
    method: "GET",
    path: "/v1/payment_intents/:id",
    returns: "payment_intent",
    fields: { client_secret: str() },
    handle: retrieve("payment_intent", (s) => s.store.paymentIntents),
  },
  { method: "POST", path: "/v1/payment_intents/:id", returns: "payment_intent", fields: UPDATE, handle: onIntent(update) },
  { method: "POST", path: "/v1/payment_intents/:id/confirm", returns: "payment_intent", fields: CONFIRM, handle: onIntent(confirm) },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/capture",
    returns: "payment_intent",
    fields: { amount_to_capture: int(1), metadata: metadata(), statement_descriptor: str(), statement_descriptor_suffix: str() },
    handle: onIntent(capture),
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/cancel",
    returns: "payment_intent",
    fields: { cancellation_reason: oneOf("duplicate", "fraudulent", "requested_by_customer", "abandoned") },
    handle: onIntent((state, p, intent) => {
      if (!CANCELABLE.includes(intent.status)) {
        throw unexpectedIntentState(intent, "canceled", CANCELABLE)
      }
      cancelIntent(state, intent, p.cancellation_reason ?? null)
      return intent
    }),
  },
  {
    method: "GET",
    path: "/v1/payment_intents",
    returns: "list:payment_intent",
    fields: { ...LIST_FIELDS, customer: str() },
    handle: ({ state, p, path }) =>
      paginate([...state.store.paymentIntents.values()].filter((x) => !p.customer || x.customer === p.customer), p, path),
  },
]
