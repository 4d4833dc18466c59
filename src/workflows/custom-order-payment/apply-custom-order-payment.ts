import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  CustomOrderActorType,
  CustomOrderEvents,
  CustomOrderStatus,
  decidePaymentOutcome,
} from "../../modules/custom-order"
import {
  CUSTOM_ORDER_LOCK_TIMEOUT_S,
  CUSTOM_ORDER_LOCK_TTL_S,
  customOrderLockKey,
} from "../custom-order/custom-order-state"
import { deactivatePaymentLinkStep, updateCustomOrderStep } from "../custom-order/steps"
import { createOrderForCustomOrderWorkflow } from "./create-order-for-custom-order"
import { readPaymentContextStep } from "./steps/read-payment-context"
import { recordAppliedPaymentStep, recordUnappliedPaymentStep } from "./steps/record-payment-outcome"
import { refundUnappliedPaymentStep } from "./steps/refund-unapplied-payment"
import { retrieveCheckoutSessionStep } from "./steps/retrieve-checkout-session"

export const applyCustomOrderPaymentWorkflowId = "apply-custom-order-payment"

export type ApplyCustomOrderPaymentInput = {
  checkout_session_id: string
  /** the Stripe event that reported it; null when the reconciliation job found it */
  event: { stripe_event_id: string; type: string } | null
}

/**
 * Money Stripe received through a payment link. Under the request's lock, with
 * the session as Stripe has it now: a payment of the current quote of an
 * approved request makes it paid and creates its Medusa order; anything else
 * is recorded and refunded; duplicates and foreign payments change nothing.
 * A failure part-way undoes the record (and the order), so that Stripe's retry
 * is processed again.
 */
export const applyCustomOrderPaymentWorkflow = createWorkflow(
  applyCustomOrderPaymentWorkflowId,
  function (input: ApplyCustomOrderPaymentInput) {
    const checkout = retrieveCheckoutSessionStep({ checkout_session_id: input.checkout_session_id })
    const lockKey = transform({ checkout }, ({ checkout }) =>
      customOrderLockKey(checkout.payment.custom_order_id ?? "unknown")
    )
    acquireLockStep({ key: lockKey, timeout: CUSTOM_ORDER_LOCK_TIMEOUT_S, ttl: CUSTOM_ORDER_LOCK_TTL_S })

    const eventId = transform({ input }, ({ input }) => input.event?.stripe_event_id ?? null)
    const context = readPaymentContextStep({ payment: checkout.payment, stripe_event_id: eventId })
    const decision = transform({ checkout, context }, ({ checkout, context }) =>
      decidePaymentOutcome(checkout.payment, context.decision)
    )

    when("apply-custom-order-payment", { decision }, ({ decision }) => decision.kind === "apply").then(() => {
      const state = transform({ context }, ({ context }) => context.custom_order!)
      deactivatePaymentLinkStep({ custom_order: state })
      recordAppliedPaymentStep({ checkout, context, decision, event: input.event })
      const orderInput = transform({ checkout, context }, ({ checkout, context }) => {
        const request = context.custom_order!
        return {
          custom_order_id: request.id,
          title: `Custom piece for ${request.name}: ${request.description.slice(0, 80)}`,
          amount: Number(request.quote_amount),
          currency_code: request.quote_currency_code!,
          email: checkout.payer_email ?? request.email,
          customer_id: request.customer_id,
          shipping_address: checkout.shipping_address,
          stripe_payment_intent_id: checkout.payment_intent_id!,
          stripe_checkout_session_id: checkout.payment.checkout_session_id,
        }
      })
      const order = createOrderForCustomOrderWorkflow.runAsStep({ input: orderInput })
      const link = transform({ context, order }, ({ context, order }) => ({ id: context.custom_order!.id, order_id: order.id }))
      updateCustomOrderStep(link)

      const events = transform({ context, order, checkout }, ({ context, order, checkout }) => ({
        paid: { id: context.custom_order!.id, order_id: order.id, quote_version: checkout.payment.quote_version },
        statusChanged: {
          id: context.custom_order!.id,
          from: CustomOrderStatus.APPROVED,
          to: CustomOrderStatus.PAID,
          actor_type: CustomOrderActorType.SYSTEM,
          reason: null,
        },
      }))
      emitEventStep({ eventName: CustomOrderEvents.PAID, data: events.paid }).config({ name: "emit-custom-order-paid" })
      emitEventStep({ eventName: CustomOrderEvents.STATUS_CHANGED, data: events.statusChanged }).config({
        name: "emit-custom-order-paid-status-changed",
      })
    })

    when("keep-and-refund-custom-order-payment", { decision }, ({ decision }) =>
      decision.kind === "refund" || decision.kind === "record_refunded"
    ).then(() => {
      const recorded = recordUnappliedPaymentStep({ checkout, context, decision, event: input.event })
      refundUnappliedPaymentStep({ checkout, decision, payment_id: recorded.payment_id })
      const refunded = transform({ checkout, decision }, ({ checkout, decision }) => ({
        id: checkout.payment.custom_order_id,
        checkout_session_id: checkout.payment.checkout_session_id,
        problem: (decision as { problem: string }).problem,
      }))
      emitEventStep({ eventName: CustomOrderEvents.PAYMENT_REFUNDED, data: refunded }).config({
        name: "emit-custom-order-payment-refunded",
      })
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(decision)
  }
)
