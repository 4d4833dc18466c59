import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE, CustomOrderPaymentStatus, PaymentDecision } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"
import { STRIPE_MODULE } from "../../../modules/stripe"
import StripeModuleService from "../../../modules/stripe/service"
import { stripeFailure } from "../../custom-order/steps/stripe-errors"
import { RetrievedCheckout } from "./retrieve-checkout-session"

export const refundUnappliedPaymentStepId = "refund-unapplied-custom-order-payment"

/**
 * Gives back, in full and through Stripe, a payment that could not be applied,
 * and marks its record refunded. The idempotency key is the Checkout Session's,
 * so a retried delivery never refunds twice. (A refund cannot be taken back, so
 * there is no compensation; the step runs last.)
 */
export const refundUnappliedPaymentStep = createStep(
  refundUnappliedPaymentStepId,
  async (
    { checkout, decision, payment_id }: { checkout: RetrievedCheckout; decision: PaymentDecision; payment_id: string | null },
    { container }
  ) => {
    if (decision.kind !== "refund" || !checkout.payment_intent_id || !payment_id) {
      return new StepResponse(null)
    }
    const stripe = container.resolve<StripeModuleService>(STRIPE_MODULE).client()
    let refundId: string
    try {
      const refund = await stripe.refunds.create(
        {
          payment_intent: checkout.payment_intent_id,
          metadata: {
            custom_order_id: checkout.payment.custom_order_id ?? "",
            reason: decision.problem.slice(0, 450),
          },
        },
        { idempotencyKey: `custom-order-refund-${checkout.payment.checkout_session_id}` }
      )
      refundId = refund.id
    } catch (error) {
      throw stripeFailure("refund a payment that could not be applied", error)
    }
    const service = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const [row] = await service.listCustomOrderPayments({ id: payment_id }, { select: ["id", "amount"] })
    await service.updateCustomOrderPayments({
      id: payment_id,
      status: CustomOrderPaymentStatus.REFUNDED,
      stripe_refund_id: refundId,
      refunded_amount: row.amount,
    } as any)
    return new StepResponse(refundId)
  }
)
