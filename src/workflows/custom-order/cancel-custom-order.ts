import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomOrderActor, CustomOrderEvents, CustomOrderStatus } from "../../modules/custom-order"
import { applyCustomOrderTransition } from "./apply-custom-order-transition"
import { lockAndReadCustomOrder } from "./custom-order-state"
import { assertShopperOwnsCustomOrderStep } from "./steps"

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
 * not_found. A paid request's Medusa order is cancelled too, which refunds its
 * payment through Stripe (the stripe-link payment provider).
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
