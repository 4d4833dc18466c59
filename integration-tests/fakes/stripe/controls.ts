import Stripe from "stripe"
import { StripeHttpError } from "./errors"
import { createPaymentMethod } from "./cards"
import { confirmIntent, createIntent, refundCharge, settleProcessing, startProcessing } from "./payments"
import { createSession, totalOf } from "./resources/checkout-sessions"
import { State } from "./state"
import { PayLinkOptions, ShippingInput, StripeObject } from "./types"

/**
 * Test-only controls: what happens outside the API, on Stripe's hosted
 * payment page, at the shopper's bank, or in the dashboard. They change
 * state and record events like Stripe would, and throw plain Errors for
 * what Stripe would not allow.
 */

const DEFAULT_EMAIL = "jenny.rosen@example.com"
const DEFAULT_NAME = "Jenny Rosen"
const DEFAULT_ADDRESS = { line1: "510 Townsend St", line2: null, city: "San Francisco", state: "CA", postal_code: "94103", country: "US" }

function shippingFor(link: StripeObject, given: ShippingInput | undefined, name: string): StripeObject | null {
  const allowed: string[] | undefined = link.shipping_address_collection?.allowed_countries
  if (!allowed) {
    if (given) {
      throw new Error(`payLink: payment link ${link.id} does not collect a shipping address`)
    }
    return null
  }
  const address = given
    ? { line2: null, state: null, ...given.address }
    : { ...DEFAULT_ADDRESS, country: allowed.includes("US") ? "US" : allowed[0] }
  if (!allowed.includes(address.country)) {
    throw new Error(`payLink: the link ships only to ${allowed.join(", ")}, not ${address.country}`)
  }
  return { name: given?.name ?? name, address }
}

/** The shopper pays a payment link on the hosted page. */
export function payLink(state: State, linkId: string, opts: PayLinkOptions = {}): Stripe.Event[] {
  const link = state.store.paymentLinks.get(linkId)
  if (!link) {
    throw new Error(`payLink: no such payment link '${linkId}'`)
  }
  if (!link.active) {
    throw new Error(`payLink: payment link ${linkId} is inactive: ${link.inactive_message ?? "this link is no longer available"}`)
  }
  const restriction = link.restrictions?.completed_sessions
  if (restriction && restriction.count >= restriction.limit) {
    throw new Error(`payLink: payment link ${linkId} has reached its limit of ${restriction.limit} completed session(s)`)
  }
  const email = opts.email ?? DEFAULT_EMAIL
  const name = opts.name ?? DEFAULT_NAME
  const shipping = shippingFor(link, opts.shipping, name)
  const items = state.lineItems.get(linkId)!
  const amount = opts.amountTotal ?? totalOf(state, items)
  const billingAddress = shipping?.address ?? { city: null, country: "US", line1: null, line2: null, postal_code: "94103", state: null }

  return state.outsideRequest(() => {
    const pm = createPaymentMethod(state, opts.async ? "us_bank_account" : "card", { email, name, address: billingAddress })
    const piData = link.payment_intent_data
    const intent = createIntent(state, {
      amount,
      currency: link.currency,
      description: piData?.description ?? null,
      metadata: structuredClone(piData?.metadata ?? {}),
      payment_method: pm.id,
      payment_method_types: [pm.type],
      receipt_email: email,
      shipping: shipping && { ...shipping, carrier: null, phone: null, tracking_number: null },
      statement_descriptor: piData?.statement_descriptor ?? null,
      statement_descriptor_suffix: piData?.statement_descriptor_suffix ?? null,
      transfer_group: piData?.transfer_group ?? null,
    })
    // [payment_intent.succeeded, charge.succeeded] or, delayed, [payment_intent.processing, charge.pending]
    const paymentEvents = opts.async ? startProcessing(state, intent) : confirmIntent(state, intent).reverse()
    const session = createSession(state, items, link.currency, {
      amount_subtotal: amount,
      amount_total: amount,
      billing_address_collection: link.billing_address_collection,
      collected_information: shipping ? { business_name: null, individual_name: null, shipping_details: shipping } : null,
      customer_creation: link.customer_creation,
      customer_details: { address: billingAddress, email, name, phone: null, tax_exempt: "none", tax_ids: [] },
      metadata: structuredClone(link.metadata),
      payment_intent: intent.id,
      payment_link: link.id,
      payment_method_types: [pm.type],
      payment_status: opts.async ? "unpaid" : "paid",
      shipping_address_collection: link.shipping_address_collection,
      shipping_details: shipping,
      status: "complete",
      success_url: link.after_completion.type === "redirect" ? link.after_completion.redirect.url : null,
      url: null,
    })
    if (restriction) {
      restriction.count++
    }
    return [state.emit("checkout.session.completed", session), ...paymentEvents]
  })
}

/** The bank settles a delayed payment: [checkout.session.async_payment_succeeded|failed, payment_intent.*, charge.*]. */
export function completeAsyncPayment(state: State, sessionId: string, succeeded: boolean): Stripe.Event[] {
  const session = state.store.checkoutSessions.get(sessionId)
  if (!session) {
    throw new Error(`completeAsyncPayment: no such checkout session '${sessionId}'`)
  }
  const intent = session.payment_intent && state.store.paymentIntents.get(session.payment_intent)
  if (session.status !== "complete" || session.payment_status !== "unpaid" || intent?.status !== "processing") {
    throw new Error(`completeAsyncPayment: session ${sessionId} has no payment in processing (was it paid with payLink(…, { async: true })?)`)
  }
  return state.outsideRequest(() => {
    const paymentEvents = settleProcessing(state, intent, succeeded)
    if (succeeded) {
      session.payment_status = "paid"
    }
    const type = succeeded ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed"
    return [state.emit(type, session), ...paymentEvents]
  })
}

/** Someone refunds in the dashboard: [refund.created, charge.refunded]. Omit `amount` for the whole remainder. */
export function refundFromDashboard(state: State, paymentIntentId: string, amount?: number): Stripe.Event[] {
  const intent = state.store.paymentIntents.get(paymentIntentId)
  const charge = intent?.latest_charge && state.store.charges.get(intent.latest_charge)
  if (!intent || !charge) {
    throw new Error(`refundFromDashboard: no charge to refund on '${paymentIntentId}'`)
  }
  try {
    return state.outsideRequest(() => refundCharge(state, charge, { amount }).events)
  } catch (error) {
    if (error instanceof StripeHttpError) {
      throw new Error(`refundFromDashboard: ${error.message}`)
    }
    throw error
  }
}
