import { stateError } from "../errors"
import { newId, nowSeconds, randomToken } from "../ids"
import { resolvePaymentMethod } from "../cards"
import { Routes } from "../router"
import { State } from "../state"
import { Params, StripeObject } from "../types"
import { arr, bool, initialMetadata, metadata, obj, oneOf, opaque, req, str, url } from "../validate"
import { mustGet, retrieve } from "./common"

function attach(state: State, pm: StripeObject, customerId: string): StripeObject {
  mustGet(state.store.customers, customerId, "customer", "customer")
  pm.customer = customerId
  state.emit("payment_method.attached", pm)
  return pm
}

/** Setup intents, as Medusa's savePaymentMethod creates them (customer plus whatever the storefront sends). */
function createSetupIntent(state: State, p: Params): StripeObject {
  if (p.customer) {
    mustGet(state.store.customers, p.customer, "customer", "customer")
  }
  const pm = p.payment_method ? resolvePaymentMethod(state, p.payment_method) : undefined
  const id = newId("seti")
  const intent = {
    id,
    object: "setup_intent",
    automatic_payment_methods: p.automatic_payment_methods ?? null,
    cancellation_reason: null,
    client_secret: `${id}_secret_${randomToken(25)}`,
    created: nowSeconds(),
    customer: p.customer ?? null,
    description: p.description ?? null,
    last_setup_error: null,
    livemode: false,
    metadata: initialMetadata(p.metadata),
    next_action: null,
    payment_method: pm?.id ?? null,
    payment_method_options: p.payment_method_options ?? {},
    payment_method_types: p.payment_method_types ?? ["card"],
    status: pm ? "requires_confirmation" : "requires_payment_method",
    usage: p.usage ?? "off_session",
  }
  state.store.setupIntents.set(id, intent)
  state.emit("setup_intent.created", intent)
  if (p.confirm && pm) {
    intent.status = "succeeded"
    if (intent.customer) {
      attach(state, pm, intent.customer)
    }
    state.emit("setup_intent.succeeded", intent)
  }
  return intent
}

export const paymentMethodRoutes: Routes = [
  {
    method: "GET",
    path: "/v1/payment_methods/:id",
    returns: "payment_method",
    fields: {},
    handle: retrieve("PaymentMethod", (s) => s.store.paymentMethods),
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/attach",
    returns: "payment_method",
    fields: { customer: req(str()) },
    handle: ({ state, p, id }) => attach(state, resolvePaymentMethod(state, id, "id"), p.customer),
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/detach",
    returns: "payment_method",
    fields: {},
    handle: ({ state, id }) => {
      const pm = mustGet(state.store.paymentMethods, id, "PaymentMethod")
      if (!pm.customer) {
        throw stateError("The payment method you provided is not attached to a customer so detachment is impossible.")
      }
      pm.customer = null
      state.emit("payment_method.detached", pm)
      return pm
    },
  },
  {
    method: "POST",
    path: "/v1/setup_intents",
    returns: "setup_intent",
    fields: {
      customer: str(),
      payment_method: str(),
      payment_method_types: arr(str()),
      payment_method_options: opaque(),
      usage: oneOf("on_session", "off_session"),
      metadata: metadata(),
      description: str(),
      confirm: bool(),
      return_url: url(),
      automatic_payment_methods: obj({ enabled: req(bool()), allow_redirects: oneOf("always", "never") }),
    },
    handle: ({ state, p }) => createSetupIntent(state, p),
  },
  {
    method: "GET",
    path: "/v1/setup_intents/:id",
    returns: "setup_intent",
    fields: {},
    handle: retrieve("setup_intent", (s) => s.store.setupIntents),
  },
]
