import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"

export const updateCustomOrderStepId = "update-custom-order"

export type UpdateCustomOrderStepInput = { id: string } & Record<string, unknown>

/**
 * Updates fields of a request. Compensation: puts back the values those same
 * fields had before (a snapshot, so running it twice is harmless).
 */
export const updateCustomOrderStep = createStep(
  updateCustomOrderStepId,
  async (input: UpdateCustomOrderStepInput, { container }) => {
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const [before] = await customOrders.listCustomOrders({ id: input.id }, { select: ["id", ...fields] })
    const updated = await customOrders.updateCustomOrders(input as any)
    const snapshot = Object.fromEntries(["id", ...fields].map((field) => [field, (before as any)[field]]))
    return new StepResponse(updated, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    await customOrders.updateCustomOrders(snapshot as any)
  }
)
