import type Stripe from "stripe"

export type CustomOrderStripeEventAction =
  | { kind: "checkout"; checkout_session_id: string }
  | { kind: "refund"; payment_intent_id: string }
  | { kind: "ignore"; reason: string }

/**
 * What an event to /hooks/custom-orders/stripe means for us. Completed and
 * async-succeeded sessions may pay a request (whether the session is really
 * paid is checked against Stripe, not the event); refunds made in the Stripe
 * dashboard are reflected; everything else is acknowledged and ignored, so
 * Stripe stops sending it.
 */
export function customOrderStripeEventAction(event: Stripe.Event): CustomOrderStripeEventAction {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      return { kind: "checkout", checkout_session_id: event.data.object.id }
    case "checkout.session.async_payment_failed":
      return { kind: "ignore", reason: "the delayed payment failed: nothing was paid" }
    case "charge.refunded": {
      const intent = event.data.object.payment_intent
      const id = typeof intent === "string" ? intent : intent?.id
      return id ? { kind: "refund", payment_intent_id: id } : { kind: "ignore", reason: "a refund without a PaymentIntent" }
    }
    default:
      return { kind: "ignore", reason: `${event.type} is not used by custom orders` }
  }
}
