import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type Stripe from "stripe"
import { PaymentLinkStatus } from "../../../modules/custom-order"
import { STRIPE_MODULE } from "../../../modules/stripe"
import StripeModuleService from "../../../modules/stripe/service"
import { toStripeAmount } from "../../../utils/stripe-amount"
import { stripeFailure } from "./stripe-errors"

export const createPaymentLinkStepId = "create-custom-order-payment-link"

export type CreatePaymentLinkStepInput = {
  custom_order_id: string
  quote: { version: number; amount: number; currency_code: string }
}

export type PaymentLinkResult = { status: PaymentLinkStatus; id: string | null; url: string | null }

export const INACTIVE_LINK_MESSAGE =
  "This quote is no longer valid. Please use the link in the latest e-mail from Spirit Beads."

/** Deterministic: a retry of the same approval (same request, version, amount, currency) gets the same Stripe objects. */
export function paymentLinkIdempotencyKey(input: CreatePaymentLinkStepInput, object: "price" | "link") {
  const { custom_order_id, quote } = input
  const amount = toStripeAmount(quote.amount, quote.currency_code)
  return `custom-order-${custom_order_id}-v${quote.version}-${quote.currency_code}${amount}-${object}`
}

async function createLink(stripe: Stripe, input: CreatePaymentLinkStepInput, settings: { storefrontUrl: string; shippingCountries: string[] }) {
  const { custom_order_id, quote } = input
  const metadata = { custom_order_id, quote_version: String(quote.version) }
  const price = await stripe.prices.create(
    {
      currency: quote.currency_code,
      unit_amount: toStripeAmount(quote.amount, quote.currency_code),
      product_data: { name: `Custom order ${custom_order_id}`, metadata },
      metadata,
    },
    { idempotencyKey: paymentLinkIdempotencyKey(input, "price") }
  )
  return stripe.paymentLinks.create(
    {
      line_items: [{ price: price.id, quantity: 1 }],
      metadata,
      payment_intent_data: { metadata },
      restrictions: { completed_sessions: { limit: 1 } },
      shipping_address_collection: {
        allowed_countries: settings.shippingCountries as Stripe.PaymentLinkCreateParams.ShippingAddressCollection.AllowedCountry[],
      },
      after_completion: {
        type: "redirect",
        redirect: { url: `${settings.storefrontUrl}/custom-orders/${custom_order_id}/paid?session_id={CHECKOUT_SESSION_ID}` },
      },
      inactive_message: INACTIVE_LINK_MESSAGE,
    },
    { idempotencyKey: paymentLinkIdempotencyKey(input, "link") }
  )
}

/**
 * The Stripe payment link for exactly this quote version: one completed
 * payment, a shipping address, the request id and version in the link's and
 * the PaymentIntent's metadata. Without Stripe, no link: not_configured.
 * If Stripe fails mid-way the approval is rolled back; a link that was created
 * anyway (the answer was lost) is found again through its idempotency key and
 * deactivated. Compensation: deactivates the link.
 */
export const createPaymentLinkStep = createStep(
  createPaymentLinkStepId,
  async (input: CreatePaymentLinkStepInput, { container }) => {
    const stripeModule = container.resolve<StripeModuleService>(STRIPE_MODULE)
    if (!stripeModule.isEnabled()) {
      const result: PaymentLinkResult = { status: PaymentLinkStatus.NOT_CONFIGURED, id: null, url: null }
      return new StepResponse<PaymentLinkResult, string | null>(result, null)
    }
    const stripe = stripeModule.client()
    const settings = stripeModule.paymentLinkSettings()
    let link: Stripe.Response<Stripe.PaymentLink>
    try {
      link = await createLink(stripe, input, settings)
      // A retried approval gets the link of the earlier, rolled-back attempt, and
      // Stripe replays that attempt's original answer (active: true) even though
      // the rollback deactivated the link since: make it active for real.
      const replayed = link.lastResponse?.headers?.["idempotent-replayed"] === "true"
      if (replayed || !link.active) {
        link = await stripe.paymentLinks.update(link.id, { active: true })
      }
    } catch (error) {
      await createLink(stripe, input, settings)
        .then((orphan) => stripe.paymentLinks.update(orphan.id, { active: false }))
        .catch(() => undefined)
      throw stripeFailure("create the payment link", error)
    }
    const result: PaymentLinkResult = { status: PaymentLinkStatus.ACTIVE, id: link.id, url: link.url }
    return new StepResponse<PaymentLinkResult, string | null>(result, link.id)
  },
  async (linkId, { container }) => {
    if (!linkId) {
      return
    }
    const stripe = container.resolve<StripeModuleService>(STRIPE_MODULE).client()
    await stripe.paymentLinks.update(linkId, { active: false })
  }
)
