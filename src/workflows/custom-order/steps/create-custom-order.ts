import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE, CustomOrderRequestInput } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"

export const createCustomOrderStepId = "create-custom-order"

export type CreateCustomOrderStepInput = CustomOrderRequestInput & {
  customer_id?: string | null
  access_token_hash?: string | null
  submitter_ip_hash?: string | null
  images: { file_id: string; content_type: string; size: number; original_name: string }[]
}

/** Creates the request with its image records. Compensation: deletes it (its images, notes and history go with it). */
export const createCustomOrderStep = createStep(
  createCustomOrderStepId,
  async (input: CreateCustomOrderStepInput, { container }) => {
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const created = await customOrders.createCustomOrders(input as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    await customOrders.deleteCustomOrders(id)
  }
)
