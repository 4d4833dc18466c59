import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE, CustomOrderStatus } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"
import { CustomOrderActor } from "./types"

export const recordStatusChangeStepId = "record-custom-order-status-change"

export type RecordStatusChangeStepInput = {
  custom_order_id: string
  from: CustomOrderStatus | null
  to: CustomOrderStatus
  actor: CustomOrderActor
  reason?: string | null
}

/** Adds an entry to the request's history. Compensation: removes that entry. */
export const recordStatusChangeStep = createStep(
  recordStatusChangeStepId,
  async (input: RecordStatusChangeStepInput, { container }) => {
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const entry = await customOrders.createCustomOrderStatusChanges({
      custom_order_id: input.custom_order_id,
      from_status: input.from,
      to_status: input.to,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      reason: input.reason ?? null,
    })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    await customOrders.deleteCustomOrderStatusChanges(id)
  }
)
