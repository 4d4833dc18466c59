import type Stripe from "stripe"
import { customOrderStripeEventAction } from "../event-action"

const event = (type: string, object: Record<string, unknown>) => ({ id: "evt_1", type, data: { object } }) as unknown as Stripe.Event

describe("customOrderStripeEventAction", () => {
  it.each(["checkout.session.completed", "checkout.session.async_payment_succeeded"])("%s may pay a request", (type) => {
    expect(customOrderStripeEventAction(event(type, { id: "cs_1" }))).toEqual({ kind: "checkout", checkout_session_id: "cs_1" })
  })

  it("a failed delayed payment pays nothing", () => {
    expect(customOrderStripeEventAction(event("checkout.session.async_payment_failed", { id: "cs_1" })).kind).toEqual("ignore")
  })

  it("charge.refunded is reflected through its PaymentIntent", () => {
    expect(customOrderStripeEventAction(event("charge.refunded", { id: "ch_1", payment_intent: "pi_1" }))).toEqual({
      kind: "refund",
      payment_intent_id: "pi_1",
    })
    expect(customOrderStripeEventAction(event("charge.refunded", { id: "ch_1", payment_intent: null })).kind).toEqual("ignore")
  })

  it.each(["payment_intent.succeeded", "customer.created", "checkout.session.expired", "made.up"])("ignores %s", (type) => {
    expect(customOrderStripeEventAction(event(type, { id: "x" })).kind).toEqual("ignore")
  })
})
