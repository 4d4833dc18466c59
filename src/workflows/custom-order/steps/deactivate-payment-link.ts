import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PaymentLinkStatus } from "../../../modules/custom-order"
import { STRIPE_MODULE } from "../../../modules/stripe"
import StripeModuleService from "../../../modules/stripe/service"
import { stripeFailure } from "./stripe-errors"
import { CustomOrderState } from "./types"

type LinkState = { payment_link_status: PaymentLinkStatus }

export const deactivatePaymentLinkStepId = "deactivate-custom-order-payment-link"

/**
 * Runs before anything else is sent when a quote is revised, or the request is
 * rejected, cancelled, expired or paid: nobody can pay an old link. Returns the
 * link status the request should get. If Stripe cannot be reached the whole
 * change is refused (rolled back) rather than leaving a payable link behind.
 * Compensation: re-activates the link.
 */
export const deactivatePaymentLinkStep = createStep(
  deactivatePaymentLinkStepId,
  async ({ custom_order }: { custom_order: CustomOrderState }, { container }) => {
    if (custom_order.payment_link_status !== PaymentLinkStatus.ACTIVE) {
      return new StepResponse<LinkState, string | null>({ payment_link_status: custom_order.payment_link_status }, null)
    }
    if (!custom_order.payment_link_id) {
      // nothing at Stripe to close; the request just must not say "active" any more
      return new StepResponse<LinkState, string | null>({ payment_link_status: PaymentLinkStatus.INACTIVE }, null)
    }
    const stripe = container.resolve<StripeModuleService>(STRIPE_MODULE).client()
    try {
      await stripe.paymentLinks.update(custom_order.payment_link_id, { active: false })
    } catch (error) {
      throw stripeFailure("deactivate the current payment link", error)
    }
    return new StepResponse<LinkState, string | null>(
      { payment_link_status: PaymentLinkStatus.INACTIVE },
      custom_order.payment_link_id
    )
  },
  async (linkId, { container }) => {
    if (!linkId) {
      return
    }
    const stripe = container.resolve<StripeModuleService>(STRIPE_MODULE).client()
    await stripe.paymentLinks.update(linkId, { active: true })
  }
)
