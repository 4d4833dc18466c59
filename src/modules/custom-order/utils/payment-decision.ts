import { CustomOrderStatus } from "../types"

/** A completed Checkout Session as Stripe reports it now (amounts in Stripe's integer units). */
export type ReceivedPayment = {
  checkout_session_id: string
  payment_status: string
  amount_total: number
  currency: string
  /** metadata the payment link carried */
  custom_order_id: string | null
  quote_version: number | null
  /** the charge was already refunded in full (e.g. from the Stripe dashboard, before we saw the payment) */
  refunded_in_full: boolean
}

export type PaymentContext = {
  custom_order: { id: string; status: CustomOrderStatus; quote_version: number } | null
  /** the quote of the version the payment was made for, with its amount in Stripe's integer units */
  quote: { version: number; amount_minor: number; currency_code: string } | null
  /** this Checkout Session is already recorded (an earlier event or the reconciliation job got here first) */
  session_recorded: boolean
  /** this Stripe event is already recorded */
  event_recorded: boolean
}

export type PaymentDecision =
  | { kind: "ignore"; reason: string }
  | { kind: "apply" }
  | { kind: "refund"; problem: string }
  | { kind: "record_refunded"; problem: string }

/**
 * What to do with money Stripe received for a request. Applied only when it
 * pays the current quote of an approved request, to the cent; otherwise it is
 * kept on record and refunded. Duplicates and payments that are not ours (or
 * not paid yet) are ignored.
 */
export function decidePaymentOutcome(payment: ReceivedPayment, context: PaymentContext): PaymentDecision {
  if (!payment.custom_order_id || !context.custom_order) {
    return { kind: "ignore", reason: "not a payment for a custom order request of this shop" }
  }
  if (context.event_recorded) {
    return { kind: "ignore", reason: "this event was already applied" }
  }
  if (context.session_recorded) {
    return { kind: "ignore", reason: "this payment is already recorded" }
  }
  if (payment.payment_status !== "paid") {
    return { kind: "ignore", reason: `not paid (payment_status ${payment.payment_status})` }
  }
  if (payment.refunded_in_full) {
    return { kind: "record_refunded", problem: "refunded in Stripe before it could be applied" }
  }
  const { custom_order, quote } = context
  if (custom_order.status !== CustomOrderStatus.APPROVED) {
    return { kind: "refund", problem: `the request is ${custom_order.status}, not awaiting payment` }
  }
  if (payment.quote_version !== custom_order.quote_version) {
    return {
      kind: "refund",
      problem: `paid quote version ${payment.quote_version ?? "unknown"}, but the current quote is version ${custom_order.quote_version}`,
    }
  }
  if (!quote) {
    return { kind: "refund", problem: `no quote version ${payment.quote_version} is on record` }
  }
  if (payment.currency.toLowerCase() !== quote.currency_code || payment.amount_total !== quote.amount_minor) {
    return {
      kind: "refund",
      problem: `paid ${payment.amount_total} ${payment.currency.toUpperCase()} (in Stripe's units), but the quote is ${quote.amount_minor} ${quote.currency_code.toUpperCase()}`,
    }
  }
  return { kind: "apply" }
}
