import { invalidParameter, missingParameter, stateError } from "../errors"
import { LIST_FIELDS, paginate } from "../lists"
import { refundCharge } from "../payments"
import { Routes } from "../router"
import { State } from "../state"
import { Params, StripeObject } from "../types"
import { int, metadata, oneOf, str } from "../validate"
import { mustGet, retrieve } from "./common"

/** The charge a refund request points at, through `charge` or `payment_intent` (its latest charge). */
function chargeFor(state: State, p: Params): StripeObject {
  if (!p.charge && !p.payment_intent) {
    throw missingParameter("charge")
  }
  const charge = p.charge ? mustGet(state.store.charges, p.charge, "charge", "charge") : undefined
  if (!p.payment_intent) {
    return charge!
  }
  const intent = mustGet(state.store.paymentIntents, p.payment_intent, "payment_intent", "payment_intent")
  if (charge && charge.payment_intent !== intent.id) {
    throw invalidParameter("charge", `Charge ${charge.id} does not belong to PaymentIntent ${intent.id}.`)
  }
  const latest = intent.latest_charge && state.store.charges.get(intent.latest_charge)
  if (!latest || intent.status !== "succeeded") {
    throw stateError(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, { param: "payment_intent" })
  }
  return latest
}

export const refundRoutes: Routes = [
  {
    method: "POST",
    path: "/v1/refunds",
    returns: "refund",
    fields: {
      charge: str(),
      payment_intent: str(),
      amount: int(1),
      metadata: metadata(),
      reason: oneOf("duplicate", "fraudulent", "requested_by_customer"),
      instructions_email: str(),
    },
    handle: ({ state, p }) => refundCharge(state, chargeFor(state, p), p).refund,
  },
  { method: "GET", path: "/v1/refunds/:id", returns: "refund", fields: {}, handle: retrieve("refund", (s) => s.store.refunds) },
  {
    method: "GET",
    path: "/v1/refunds",
    returns: "list:refund",
    fields: { ...LIST_FIELDS, charge: str(), payment_intent: str() },
    handle: ({ state, p, path }) =>
      paginate(
        [...state.store.refunds.values()].filter(
          (r) => (!p.charge || r.charge === p.charge) && (!p.payment_intent || r.payment_intent === p.payment_intent)
        ),
        p,
        path
      ),
  },
  { method: "GET", path: "/v1/charges/:id", returns: "charge", fields: {}, handle: retrieve("charge", (s) => s.store.charges) },
  {
    method: "GET",
    path: "/v1/charges",
    returns: "list:charge",
    fields: { ...LIST_FIELDS, payment_intent: str(), customer: str() },
    handle: ({ state, p, path }) =>
      paginate(
        [...state.store.charges.values()].filter(
          (c) => (!p.payment_intent || c.payment_intent === p.payment_intent) && (!p.customer || c.customer === p.customer)
        ),
        p,
        path
      ),
  },
]
