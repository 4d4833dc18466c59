import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"

export const createCustomOrderPhotosStepId = "create-custom-order-photos"

export type CreateCustomOrderPhotosStepInput = {
  custom_order_id: string
  file_id: string
  content_type: string
  size: number
  original_name: string
  created_by: string | null
}[]

/** Records photos of the finished piece (their files are already in the File module). Compensation: deletes the records. */
export const createCustomOrderPhotosStep = createStep(
  createCustomOrderPhotosStepId,
  async (input: CreateCustomOrderPhotosStepInput, { container }) => {
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const photos = await customOrders.createCustomOrderPhotographs(input)
    return new StepResponse(photos, photos.map((photo) => photo.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    await customOrders.deleteCustomOrderPhotographs(ids)
  }
)
