import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE, CustomOrderPaymentStatus } from "../../../modules/custom-order"
import CustomOrderModuleService, { RecordedStripeOutcome } from "../../../modules/custom-order/service"
import { STRIPE_MODULE } from "../../../modules/stripe"
import StripeModuleService from "../../../modules/stripe/service"
import { fromStripeAmount } from "../../../utils/stripe-amount"
import { stripeFailure } from "../../custom-order/steps/stripe-errors"

export const reflectStripeRefundStepId = "reflect-stripe-refund-on-custom-order-payment"

type Input = { payment_intent_id: string; event: { stripe_event_id: string; type: string } }
type Reflected = { changed: boolean; custom_order_id: string | null; refunded_amount: number }
type Undo = { recorded: RecordedStripeOutcome; snapshot: Record<string, unknown> & { id: string } } | null

/**
 * A refund made in the Stripe dashboard: the payment's refunded amount becomes
 * what Stripe says now (refunds add up; events may come late or twice), with
 * the event recorded in the same transaction. Compensation: puts the payment
 * back and forgets the event, so Stripe's retry is processed again.
 */
export const reflectStripeRefundStep = createStep(
  reflectStripeRefundStepId,
  async ({ payment_intent_id, event }: Input, { container }) => {
    const service = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const [payment] = await service.listCustomOrderPayments(
      { stripe_payment_intent_id: payment_intent_id },
      { select: ["id", "custom_order_id", "status", "refunded_amount", "amount", "currency_code"] }
    )
    const seen = await service.listCustomOrderStripeEvents({ stripe_event_id: event.stripe_event_id }, { select: ["id"] })
    if (!payment || seen.length) {
      return new StepResponse<Reflected, Undo>(
        { changed: false, custom_order_id: payment?.custom_order_id ?? null, refunded_amount: 0 },
        null
      )
    }
    const stripe = container.resolve<StripeModuleService>(STRIPE_MODULE).client()
    let refundedMinor: number
    try {
      const intent = await stripe.paymentIntents.retrieve(payment_intent_id)
      const chargeId = typeof intent.latest_charge === "string" ? intent.latest_charge : intent.latest_charge?.id
      refundedMinor = chargeId ? (await stripe.charges.retrieve(chargeId)).amount_refunded : 0
    } catch (error) {
      throw stripeFailure("read the refunded charge", error)
    }
    const refunded = fromStripeAmount(refundedMinor, payment.currency_code)
    const full = refunded >= Number(payment.amount)
    const snapshot = { id: payment.id, status: payment.status, refunded_amount: payment.refunded_amount }
    const recorded = await service.recordStripeOutcome({
      event,
      custom_order_id: payment.custom_order_id,
      payment_update: {
        id: payment.id,
        refunded_amount: refunded,
        status: full ? CustomOrderPaymentStatus.REFUNDED : payment.status,
      },
    })
    return new StepResponse<Reflected, Undo>(
      { changed: true, custom_order_id: payment.custom_order_id, refunded_amount: refunded },
      { recorded, snapshot }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    await service.revertStripeOutcome({
      recorded: compensation.recorded,
      payment_snapshot: compensation.snapshot,
    })
  }
)
