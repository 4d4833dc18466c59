import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CustomOrderActor, CustomOrderEvents, CustomOrderStatus } from "../../modules/custom-order"
import { applyCustomOrderTransition } from "./apply-custom-order-transition"
import { lockAndReadCustomOrder } from "./custom-order-state"
import { refundsOfOrder } from "./refunds-of-order"
import { assertShopperOwnsCustomOrderStep, refundOrderPaymentsStep } from "./steps"

export const cancelCustomOrderWorkflowId = "cancel-custom-order"

export type CancelCustomOrderWorkflowInput = {
  custom_order_id: string
  actor: CustomOrderActor
  reason?: string | null
  /** a guest's access token (x-custom-order-token) */
  access_token?: string | null
}

/**
 * The customer cancels their own request (before it is paid), or an admin
 * cancels any request the state machine allows. Someone else's request answers
 * not_found. A paid request's payment is refunded through Stripe (the
 * stripe-link payment provider) and then its Medusa order is cancelled: refund
 * first, and failing if it fails, because Medusa's own refund step (used by its
 * order cancellation) only logs a failed refund, and a cancelled request must
 * never keep the customer's money.
 */
export const cancelCustomOrderWorkflow = createWorkflow(
  cancelCustomOrderWorkflowId,
  function (input: CancelCustomOrderWorkflowInput) {
    const { lockKey, customOrder } = lockAndReadCustomOrder(input)
    assertShopperOwnsCustomOrderStep({ custom_order: customOrder, actor: input.actor, access_token: input.access_token })
    const updated = applyCustomOrderTransition({
      input,
      customOrder,
      lockKey,
      to: CustomOrderStatus.CANCELLED,
      beforeRelease: () => {
        when("cancel-paid-custom-order-order", { customOrder }, ({ customOrder }) => !!customOrder.order_id).then(() => {
          const { data: orders } = useQueryGraphStep({
            entity: "order",
            fields: [
              "id",
              "payment_collections.payments.id",
              "payment_collections.payments.captures.amount",
              "payment_collections.payments.refunds.amount",
            ],
            filters: { id: customOrder.order_id! },
          }).config({ name: "read-paid-custom-order-payments" })
          const refunds = transform({ orders, input }, ({ orders, input }) =>
            refundsOfOrder(orders[0], input.actor.id, "Custom order request cancelled")
          )
          refundOrderPaymentsStep(refunds)
          const cancelInput = transform({ customOrder, input }, ({ customOrder, input }) => ({
            order_id: customOrder.order_id!,
            canceled_by: input.actor.id ?? undefined,
          }))
          cancelOrderWorkflow.runAsStep({ input: cancelInput })
        })
      },
    })
    const data = transform({ input, customOrder }, ({ input, customOrder }) => ({
      id: input.custom_order_id,
      from: customOrder.status,
      actor_type: input.actor.type,
      reason: input.reason ?? null,
    }))
    emitEventStep({ eventName: CustomOrderEvents.CANCELLED, data })
    return new WorkflowResponse(updated)
  }
)
