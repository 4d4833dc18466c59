import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomOrderActor, CustomOrderEvents, CustomOrderStatus } from "../../modules/custom-order"
import { applyCustomOrderTransition } from "./apply-custom-order-transition"
import { lockAndReadCustomOrder } from "./custom-order-state"

export const rejectCustomOrderWorkflowId = "reject-custom-order"

export type RejectCustomOrderWorkflowInput = { custom_order_id: string; actor: CustomOrderActor; reason: string }

/** An admin turns a request down, with a reason the customer is told. */
export const rejectCustomOrderWorkflow = createWorkflow(
  rejectCustomOrderWorkflowId,
  function (input: RejectCustomOrderWorkflowInput) {
    const { lockKey, customOrder } = lockAndReadCustomOrder(input)
    const updated = applyCustomOrderTransition({ input, customOrder, lockKey, to: CustomOrderStatus.REJECTED })
    const data = transform({ input }, ({ input }) => ({ id: input.custom_order_id, reason: input.reason }))
    emitEventStep({ eventName: CustomOrderEvents.REJECTED, data })
    return new WorkflowResponse(updated)
  }
)
