import Stripe from "stripe"
import { DECLINES } from "./cards"
import { StripeHttpError, stateError } from "./errors"
import { newId, nowSeconds, randomToken } from "./ids"
import { State } from "./state"
import { StripeObject } from "./types"

/**
 * What happens to money: the PaymentIntent state machine, Charges and Refunds. Used by the API routes and by the test-only controls
 * (the hosted payment page, the dashboard).
 */

export const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]

export function createIntent(state: State, fields: StripeObject): StripeObject {
  const id = newId("pi")
  const intent = {
    id,
    object: "payment_intent",
    amount: fields.amount,
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic",
    client_secret: `${id}_secret_${randomToken(25)}`,
    confirmation_method: "automatic",
    created: nowSeconds(),
    currency: fields.currency,
    customer: null,
    description: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: {},
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ["card"],
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    transfer_data: null,
    transfer_group: null,
    ...fields,
    status: fields.payment_method ? "requires_confirmation" : "requires_payment_method",
  }
  state.store.paymentIntents.set(id, intent)
  state.emit("payment_intent.created", intent)
  return intent
}

function createCharge(state: State, intent: StripeObject, pm: StripeObject): StripeObject {
  const id = newId("ch")
  const charge = {
    id,
    object: "charge",
    amount: intent.amount,
    amount_captured: 0,
    amount_refunded: 0,
    application: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: structuredClone(pm.billing_details),
    calculated_statement_descriptor: "FAKE STRIPE",
    captured: false,
    created: nowSeconds(),
    currency: intent.currency,
    customer: intent.customer,
    description: intent.description,
    disputed: false,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: structuredClone(intent.metadata),
    outcome: {
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: false,
    payment_intent: intent.id,
    payment_method: pm.id,
    payment_method_details: { type: pm.type, [pm.type]: structuredClone(pm[pm.type]) },
    receipt_email: intent.receipt_email,
    receipt_number: null,
    receipt_url: `https://pay.stripe.test/receipts/${id}`,
    refunded: false,
    review: null,
    shipping: structuredClone(intent.shipping),
    source: null,
    statement_descriptor: intent.statement_descriptor,
    statement_descriptor_suffix: intent.statement_descriptor_suffix,
    status: "pending",
    transfer_data: null,
    transfer_group: intent.transfer_group,
  }
  state.store.charges.set(id, charge)
  intent.latest_charge = id
  return charge
}

/** Confirms an intent that has a payment method: succeeds, waits for capture, or declines (402 card_error). */
export function confirmIntent(state: State, intent: StripeObject): Stripe.Event[] {
  const pm = state.store.paymentMethods.get(intent.payment_method)!
  const charge = createCharge(state, intent, pm)
  const decline = pm.type === "card" ? DECLINES[pm.card.last4] : undefined
  if (decline) {
    Object.assign(charge, { status: "failed", failure_code: "card_declined", failure_message: decline.message })
    charge.outcome = {
      ...charge.outcome,
      network_status: "declined_by_network",
      reason: decline.decline_code,
      seller_message: "The bank did not return any further details with this decline.",
      type: "issuer_declined",
    }
    const error = {
      type: "card_error" as const,
      code: "card_declined",
      decline_code: decline.decline_code,
      message: decline.message,
      charge: charge.id,
      payment_method: structuredClone(pm),
    }
    Object.assign(intent, { status: "requires_payment_method", payment_method: null, last_payment_error: error })
    state.emit("charge.failed", charge)
    state.emit("payment_intent.payment_failed", intent)
    throw new StripeHttpError(402, { ...error, payment_intent: structuredClone(intent) }, true)
  }
  if (intent.setup_future_usage && intent.customer) {
    pm.customer = intent.customer
  }
  intent.last_payment_error = null
  if (intent.capture_method === "manual") {
    Object.assign(charge, { status: "succeeded", paid: true })
    Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
    return [state.emit("charge.succeeded", charge), state.emit("payment_intent.amount_capturable_updated", intent)]
  }
  return succeed(state, intent, charge, intent.amount)
}

function succeed(state: State, intent: StripeObject, charge: StripeObject, amount: number): Stripe.Event[] {
  Object.assign(charge, { status: "succeeded", paid: true, captured: true, amount_captured: amount, balance_transaction: newId("txn") })
  Object.assign(intent, { status: "succeeded", amount_received: amount, amount_capturable: 0, processing: null })
  return [state.emit("charge.succeeded", charge), state.emit("payment_intent.succeeded", intent)]
}

/** A delayed payment method (bank debit): the intent waits in "processing" with a pending charge. */
export function startProcessing(state: State, intent: StripeObject): Stripe.Event[] {
  const pm = state.store.paymentMethods.get(intent.payment_method)!
  const charge = createCharge(state, intent, pm)
  Object.assign(intent, { status: "processing", processing: null })
  return [state.emit("payment_intent.processing", intent), state.emit("charge.pending", charge)]
}

/** Settles a processing intent: [payment_intent.succeeded, charge.succeeded] or [payment_intent.payment_failed, charge.failed]. */
export function settleProcessing(state: State, intent: StripeObject, succeeded: boolean): Stripe.Event[] {
  const charge = state.store.charges.get(intent.latest_charge)!
  if (succeeded) {
    return succeed(state, intent, charge, intent.amount).reverse()
  }
  Object.assign(charge, { status: "failed", failure_code: "account_closed", failure_message: "The customer's bank account has been closed." })
  const pm = state.store.paymentMethods.get(intent.payment_method)
  Object.assign(intent, {
    status: "requires_payment_method",
    payment_method: null,
    last_payment_error: {
      type: "invalid_request_error",
      code: "payment_method_provider_decline",
      message: charge.failure_message,
      charge: charge.id,
      payment_method: structuredClone(pm),
    },
  })
  return [state.emit("payment_intent.payment_failed", intent), state.emit("charge.failed", charge)]
}

export function captureIntent(state: State, intent: StripeObject, amount: number): Stripe.Event[] {
  const charge = state.store.charges.get(intent.latest_charge)!
  Object.assign(charge, { captured: true, amount_captured: amount, balance_transaction: newId("txn") })
  Object.assign(intent, { status: "succeeded", amount_received: amount, amount_capturable: 0 })
  return [state.emit("charge.captured", charge), state.emit("payment_intent.succeeded", intent)]
}

export function cancelIntent(state: State, intent: StripeObject, reason: string | null): Stripe.Event[] {
  Object.assign(intent, { status: "canceled", canceled_at: nowSeconds(), cancellation_reason: reason, amount_capturable: 0 })
  return [state.emit("payment_intent.canceled", intent)]
}

export interface RefundInput {
  amount?: number
  reason?: string | null
  metadata?: Record<string, string>
  instructions_email?: string
}

/** A partial or full refund of a captured charge: [refund.created, charge.refunded]. */
export function refundCharge(state: State, charge: StripeObject, input: RefundInput): { refund: StripeObject; events: Stripe.Event[] } {
  if (charge.status !== "succeeded" || !charge.captured) {
    throw stateError(`Charge ${charge.id} has not been captured, so it cannot be refunded.`, { param: "charge" })
  }
  const remaining = charge.amount_captured - charge.amount_refunded
  if (remaining <= 0) {
    throw stateError(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" })
  }
  const amount = input.amount ?? remaining
  if (amount > remaining) {
    throw stateError(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, {
      code: "amount_too_large",
      param: "amount",
    })
  }
  const refund = {
    id: newId("re"),
    object: "refund",
    amount,
    balance_transaction: newId("txn"),
    charge: charge.id,
    created: nowSeconds(),
    currency: charge.currency,
    destination_details: { type: charge.payment_method_details?.type ?? "card" },
    metadata: Object.fromEntries(Object.entries(input.metadata ?? {}).filter(([, v]) => v !== "")),
    payment_intent: charge.payment_intent,
    reason: input.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  }
  state.store.refunds.set(refund.id, refund)
  charge.amount_refunded += amount
  charge.refunded = charge.amount_refunded >= charge.amount_captured
  return { refund, events: [state.emit("refund.created", refund), state.emit("charge.refunded", charge)] }
}
