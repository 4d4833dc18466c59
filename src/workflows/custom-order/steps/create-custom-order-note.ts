import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"

export const createCustomOrderNoteStepId = "create-custom-order-note"

export type CreateCustomOrderNoteStepInput = { custom_order_id: string; author_id: string; text: string }

/** Adds an internal note. Compensation: removes it. */
export const createCustomOrderNoteStep = createStep(
  createCustomOrderNoteStepId,
  async (input: CreateCustomOrderNoteStepInput, { container }) => {
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const note = await customOrders.createCustomOrderNotes(input)
    return new StepResponse(note, note.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    await customOrders.deleteCustomOrderNotes(id)
  }
)
