import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomOrderActor, CustomOrderEvents, CustomOrderStatus } from "../../modules/custom-order"
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

/** The event each production step emits (besides custom_order.status_changed). */
export const PRODUCTION_EVENTS: Record<ProductionStatus, string> = {
  [CustomOrderStatus.IN_PRODUCTION]: CustomOrderEvents.IN_PRODUCTION,
  [CustomOrderStatus.SHIPPED]: CustomOrderEvents.SHIPPED,
  [CustomOrderStatus.COMPLETED]: CustomOrderEvents.COMPLETED,
}

export type AdvanceCustomOrderStatusWorkflowInput = {
  custom_order_id: string
  status: ProductionStatus
  actor: CustomOrderActor
  reason?: string | null
  /** shipped and completed: the Medusa order's fulfilment that made the move (its tracking numbers) */
  fulfillment_id?: string | null
  /** false when the customer is not to be told (the dashboard's "send notification" unticked) */
  notify?: boolean
}

/**
 * Moves a paid request along production. Who may make which step is the state
 * machine's call (an admin: in production, completed; the system: shipped and
 * completed, following the Medusa order's fulfilment). Emits the step's own
 * event (custom_order.in_production, .shipped, .completed), which tells the customer.
 */
export const advanceCustomOrderStatusWorkflow = createWorkflow(
  advanceCustomOrderStatusWorkflowId,
  function (input: AdvanceCustomOrderStatusWorkflowInput) {
    const { lockKey, customOrder } = lockAndReadCustomOrder(input)
    const updated = applyCustomOrderTransition({ input, customOrder, lockKey, to: input.status })
    const event = transform({ input }, ({ input }) => ({
      eventName: PRODUCTION_EVENTS[input.status],
      data: { id: input.custom_order_id, fulfillment_id: input.fulfillment_id ?? null, notify: input.notify ?? true },
    }))
    emitEventStep(event).config({ name: "emit-custom-order-production-step" })
    return new WorkflowResponse(updated)
  }
)
