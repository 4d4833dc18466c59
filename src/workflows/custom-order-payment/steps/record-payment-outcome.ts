import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertTransition,
  CUSTOM_ORDER_MODULE,
  CustomOrderActorType,
  CustomOrderPaymentStatus,
  CustomOrderStatus,
  PaymentDecision,
  PaymentLinkStatus,
} from "../../../modules/custom-order"
import CustomOrderModuleService, { RecordedStripeOutcome } from "../../../modules/custom-order/service"
import { fromStripeAmount } from "../../../utils/stripe-amount"
import { PaymentContextRead } from "./read-payment-context"
import { RetrievedCheckout } from "./retrieve-checkout-session"

export const recordAppliedPaymentStepId = "record-applied-custom-order-payment"
export const recordUnappliedPaymentStepId = "record-unapplied-custom-order-payment"

export type RecordPaymentOutcomeStepInput = {
  checkout: RetrievedCheckout
  context: PaymentContextRead
  decision: PaymentDecision
  event: { stripe_event_id: string; type: string } | null
}

type Undo = { recorded: RecordedStripeOutcome; snapshot?: Record<string, unknown> & { id: string } }

/**
 * Records a received payment in one database transaction with the event that
 * brought it: applied (the request becomes paid, with its history entry, the
 * Stripe ids and the link closed) or not (kept with the reason, to be
 * refunded). Returns what to give the compensation.
 */
async function recordPaymentOutcome(
  { checkout, context, decision, event }: RecordPaymentOutcomeStepInput,
  container: { resolve: <T>(key: string) => T }
) {
  const service = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const customOrder = context.custom_order!
    const applied = decision.kind === "apply"
    if (applied) {
      assertTransition({ id: customOrder.id, from: customOrder.status, to: CustomOrderStatus.PAID, actorType: CustomOrderActorType.SYSTEM })
    }
    const { payment } = checkout
    const snapshot = {
      id: customOrder.id,
      status: customOrder.status,
      paid_at: customOrder.paid_at,
      payment_link_status: customOrder.payment_link_status,
      stripe_payment_intent_id: customOrder.stripe_payment_intent_id,
      stripe_checkout_session_id: customOrder.stripe_checkout_session_id,
    }
    const recorded = await service.recordStripeOutcome({
      event,
      custom_order_id: customOrder.id,
      payment: {
        custom_order_id: customOrder.id,
        status: applied
          ? CustomOrderPaymentStatus.APPLIED
          : decision.kind === "record_refunded"
            ? CustomOrderPaymentStatus.REFUNDED
            : CustomOrderPaymentStatus.REFUND_PENDING,
        stripe_checkout_session_id: payment.checkout_session_id,
        stripe_payment_intent_id: checkout.payment_intent_id,
        quote_version: payment.quote_version,
        amount: fromStripeAmount(payment.amount_total, payment.currency),
        currency_code: payment.currency.toLowerCase(),
        refunded_amount: decision.kind === "record_refunded" ? fromStripeAmount(payment.amount_total, payment.currency) : 0,
        problem: decision.kind === "refund" || decision.kind === "record_refunded" ? decision.problem : null,
        payer_email: checkout.payer_email,
      },
      custom_order_update: applied
        ? {
            id: customOrder.id,
            status: CustomOrderStatus.PAID,
            paid_at: new Date(),
            payment_link_status: PaymentLinkStatus.INACTIVE,
            stripe_payment_intent_id: checkout.payment_intent_id,
            stripe_checkout_session_id: payment.checkout_session_id,
          }
        : undefined,
      status_change: applied
        ? {
            custom_order_id: customOrder.id,
            from_status: customOrder.status,
            to_status: CustomOrderStatus.PAID,
            actor_type: CustomOrderActorType.SYSTEM,
            actor_id: "stripe",
            reason: `Paid quote version ${payment.quote_version} through Stripe`,
          }
        : undefined,
    })
    return new StepResponse<RecordedStripeOutcome, Undo>(recorded, { recorded, snapshot: applied ? snapshot : undefined })
}

/** Undoes exactly what recordPaymentOutcome wrote, in one transaction. */
async function undoPaymentOutcome(undo: Undo | undefined, container: { resolve: <T>(key: string) => T }) {
  if (!undo) {
    return
  }
  await container
    .resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    .revertStripeOutcome({ recorded: undo.recorded, custom_order_snapshot: undo.snapshot })
}

/** The payment paid the current quote: recorded with the request now paid. Compensation: all of it undone. */
export const recordAppliedPaymentStep = createStep(
  recordAppliedPaymentStepId,
  async (input: RecordPaymentOutcomeStepInput, { container }) => recordPaymentOutcome(input, container),
  async (undo, { container }) => undoPaymentOutcome(undo, container)
)

/** The payment cannot be applied: recorded with the reason, to be refunded. Compensation: the record undone. */
export const recordUnappliedPaymentStep = createStep(
  recordUnappliedPaymentStepId,
  async (input: RecordPaymentOutcomeStepInput, { container }) => recordPaymentOutcome(input, container),
  async (undo, { container }) => undoPaymentOutcome(undo, container)
)
