import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type Stripe from "stripe"
import { ReceivedPayment } from "../../../modules/custom-order"
import { STRIPE_MODULE } from "../../../modules/stripe"
import StripeModuleService from "../../../modules/stripe/service"
import { stripeFailure } from "../../custom-order/steps/stripe-errors"
import { OrderAddress } from "../create-order-for-custom-order"

export const retrieveCheckoutSessionStepId = "retrieve-custom-order-checkout-session"

export type RetrievedCheckout = {
  payment: ReceivedPayment
  payment_intent_id: string | null
  payer_email: string | null
  shipping_address: OrderAddress | null
}

function toOrderAddress(shipping: { name?: string | null; address?: Stripe.Address | null } | null | undefined, phone?: string | null): OrderAddress | null {
  if (!shipping?.address) {
    return null
  }
  const [first_name, ...rest] = (shipping.name ?? "").trim().split(/\s+/)
  const a = shipping.address
  return {
    first_name: first_name || undefined,
    last_name: rest.join(" ") || undefined,
    address_1: a.line1 ?? undefined,
    address_2: a.line2 ?? undefined,
    city: a.city ?? undefined,
    province: a.state ?? undefined,
    postal_code: a.postal_code ?? undefined,
    country_code: a.country?.toLowerCase() ?? undefined,
    phone: phone ?? undefined,
  }
}

/**
 * Asks Stripe for the session as it is now (not as an event described it some
 * time ago: events arrive in any order), with its PaymentIntent and charge, so
 * that a refund made before the payment was seen is known. Read-only.
 */
export const retrieveCheckoutSessionStep = createStep(
  retrieveCheckoutSessionStepId,
  async ({ checkout_session_id }: { checkout_session_id: string }, { container }) => {
    const stripe = container.resolve<StripeModuleService>(STRIPE_MODULE).client()
    try {
      const session = await stripe.checkout.sessions.retrieve(checkout_session_id)
      const intentId = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id ?? null
      let refundedInFull = false
      if (intentId) {
        const intent = await stripe.paymentIntents.retrieve(intentId)
        const chargeId = typeof intent.latest_charge === "string" ? intent.latest_charge : intent.latest_charge?.id
        if (chargeId) {
          const charge = await stripe.charges.retrieve(chargeId)
          refundedInFull = charge.refunded || charge.amount_refunded >= charge.amount
        }
      }
      // API versions put the collected address in different places
      type Shipping = { name?: string | null; address?: Stripe.Address | null } | null
      const withShipping = session as unknown as {
        collected_information?: { shipping_details?: Shipping } | null
        shipping_details?: Shipping
      }
      const shipping = withShipping.collected_information?.shipping_details ?? withShipping.shipping_details ?? null
      const version = Number(session.metadata?.quote_version)
      const result: RetrievedCheckout = {
        payment: {
          checkout_session_id: session.id,
          payment_status: session.payment_status,
          amount_total: session.amount_total ?? 0,
          currency: session.currency ?? "",
          custom_order_id: session.metadata?.custom_order_id ?? null,
          quote_version: Number.isInteger(version) ? version : null,
          refunded_in_full: refundedInFull,
        },
        payment_intent_id: intentId,
        payer_email: session.customer_details?.email ?? null,
        shipping_address: toOrderAddress(shipping, session.customer_details?.phone),
      }
      return new StepResponse(result)
    } catch (error) {
      throw stripeFailure(`read Checkout Session ${checkout_session_id}`, error)
    }
  }
)
