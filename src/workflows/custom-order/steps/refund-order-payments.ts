import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_UNAVAILABLE } from "./stripe-errors"

export const refundOrderPaymentsStepId = "refund-custom-order-order-payments"

export type OrderRefund = { payment_id: string; amount: number; created_by?: string; note: string }

/**
 * Refunds a paid request's order payments through Medusa's payment module (and
 * so through Stripe), one by one, and fails if any refund fails. (Medusa's own
 * refund step only logs a failed refund and carries on, which would let a
 * cancellation keep the customer's money.) A refund cannot be taken back, so
 * there is no compensation; a retried cancellation finds nothing left to refund.
 */
export const refundOrderPaymentsStep = createStep(
  refundOrderPaymentsStepId,
  async (refunds: OrderRefund[], { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    for (const refund of refunds) {
      try {
        await payments.refundPayment(refund)
      } catch (error) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Could not refund payment ${refund.payment_id} (${(error as Error).message}); the request was not cancelled, try again`,
          STRIPE_UNAVAILABLE
        )
      }
    }
    return new StepResponse(refunds.length)
  }
)
