import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomOrderActorType, CustomOrderEvents, CustomOrderStatus } from "../../modules/custom-order"
import { applyCustomOrderTransition, TransitionInput } from "./apply-custom-order-transition"
import { lockAndReadCustomOrder } from "./custom-order-state"
import { assertQuoteExpiredStep } from "./steps"

export const expireCustomOrderWorkflowId = "expire-custom-order"

export type ExpireCustomOrderWorkflowInput = { custom_order_id: string; now?: Date | string }

/** An approved request whose quote passed its expiry unpaid: expired, and its link deactivated. */
export const expireCustomOrderWorkflow = createWorkflow(
  expireCustomOrderWorkflowId,
  function (input: ExpireCustomOrderWorkflowInput) {
    const transitionInput: TransitionInput = transform({ input }, ({ input }) => ({
      custom_order_id: input.custom_order_id,
      actor: { type: CustomOrderActorType.SYSTEM, id: "expire-custom-order-quotes" },
      reason: "The quote expired unpaid",
    }))
    const { lockKey, customOrder } = lockAndReadCustomOrder(transitionInput)
    assertQuoteExpiredStep({ custom_order: customOrder, now: input.now })
    const updated = applyCustomOrderTransition({
      input: transitionInput,
      customOrder,
      lockKey,
      to: CustomOrderStatus.EXPIRED,
    })
    emitEventStep({ eventName: CustomOrderEvents.EXPIRED, data: { id: input.custom_order_id } })
    return new WorkflowResponse(updated)
  }
)
