import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { canAddPhotos } from "../../../modules/custom-order"
import { CustomOrderState } from "./types"

export const assertPhotosAllowedStepId = "assert-custom-order-photos-allowed"

/** Photos of the finished piece belong to a paid request (there is nothing to photograph before). */
export const assertPhotosAllowedStep = createStep(
  assertPhotosAllowedStepId,
  async ({ custom_order }: { custom_order: CustomOrderState }) => {
    if (!canAddPhotos(custom_order.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Custom order ${custom_order.id} is ${custom_order.status}; photos of the finished piece can be added once it is paid`
      )
    }
  }
)
