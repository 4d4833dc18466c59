import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomOrderActor, CustomOrderStatus } from "../../modules/custom-order"
import { applyCustomOrderTransition } from "./apply-custom-order-transition"
import { lockAndReadCustomOrder } from "./custom-order-state"

export const advanceCustomOrderStatusWorkflowId = "advance-custom-order-status"

/** The production steps after payment: in production, shipped, completed. */
export const PRODUCTION_STATUSES = [
  CustomOrderStatus.IN_PRODUCTION,
  CustomOrderStatus.SHIPPED,
  CustomOrderStatus.COMPLETED,
] as const
export type ProductionStatus = (typeof PRODUCTION_STATUSES)[number]

export type AdvanceCustomOrderStatusWorkflowInput = {
  custom_order_id: string
  status: ProductionStatus
  actor: CustomOrderActor
  reason?: string | null
}

/**
 * Moves a paid request along production. Who may make which step is the state
 * machine's call (an admin: in production, completed; shipping follows the
 * Medusa order's fulfilment).
 */
export const advanceCustomOrderStatusWorkflow = createWorkflow(
  advanceCustomOrderStatusWorkflowId,
  function (input: AdvanceCustomOrderStatusWorkflowInput) {
    const { lockKey, customOrder } = lockAndReadCustomOrder(input)
    const updated = applyCustomOrderTransition({ input, customOrder, lockKey, to: input.status })
    return new WorkflowResponse(updated)
  }
)
