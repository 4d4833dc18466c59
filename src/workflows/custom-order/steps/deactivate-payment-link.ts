import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PaymentLinkStatus } from "../../../modules/custom-order"
import { CustomOrderState } from "./types"

export const deactivatePaymentLinkStepId = "deactivate-custom-order-payment-link"

/**
 * Runs before anything else is sent when a quote is revised, or the request is
 * rejected, cancelled or expired: a customer must never pay an old link. The
 * seam the Stripe issue fills (active=false on Stripe, compensation
 * re-activating it). Returns the link status the request should get.
 */
export const deactivatePaymentLinkStep = createStep(
  deactivatePaymentLinkStepId,
  async ({ custom_order }: { custom_order: CustomOrderState }) => {
    const status =
      custom_order.payment_link_status === PaymentLinkStatus.ACTIVE
        ? PaymentLinkStatus.INACTIVE
        : custom_order.payment_link_status
    return new StepResponse({ payment_link_status: status })
  }
)
