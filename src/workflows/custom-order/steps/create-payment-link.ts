import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PaymentLinkStatus } from "../../../modules/custom-order"

export const createPaymentLinkStepId = "create-custom-order-payment-link"

export type CreatePaymentLinkStepInput = {
  custom_order_id: string
  quote: { version: number; amount: number; currency_code: string }
}

export type PaymentLinkResult = { status: PaymentLinkStatus; id: string | null; url: string | null }

/**
 * The Stripe payment link for exactly this quote version. The seam the Stripe
 * issue fills (create through the stripe module, idempotency key from the
 * request id and version, compensation deactivating the link). Until then no
 * link is created and the request says so: payment_link_status = not_configured.
 */
export const createPaymentLinkStep = createStep(
  createPaymentLinkStepId,
  async (_input: CreatePaymentLinkStepInput) => {
    const result: PaymentLinkResult = { status: PaymentLinkStatus.NOT_CONFIGURED, id: null, url: null }
    return new StepResponse(result)
  }
)
