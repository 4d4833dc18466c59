import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { CustomOrderActor } from "../../modules/custom-order"
import { privateImageFiles } from "../../utils/image-type"
import { lockAndReadCustomOrder } from "./custom-order-state"
import { assertPhotosAllowedStep, createCustomOrderPhotosStep } from "./steps"
import { SubmittedImage } from "./submit-custom-order"

export const addCustomOrderPhotosWorkflowId = "add-custom-order-photos"

export type AddCustomOrderPhotosWorkflowInput = {
  custom_order_id: string
  /** checked by their bytes before they get here, like reference images */
  photos: SubmittedImage[]
  actor: CustomOrderActor
}

/**
 * An admin adds photos of the finished piece to a paid request: private files
 * of the File module, recorded with the request; they go to the customer with
 * the message that the piece has shipped. A failure part-way removes the
 * uploaded files again.
 */
export const addCustomOrderPhotosWorkflow = createWorkflow(
  addCustomOrderPhotosWorkflowId,
  function (input: AddCustomOrderPhotosWorkflowInput) {
    const { lockKey, customOrder } = lockAndReadCustomOrder(input)
    assertPhotosAllowedStep({ custom_order: customOrder })

    const files = transform({ input }, ({ input }) => privateImageFiles(input.photos, "custom-order-photo"))
    const uploaded = uploadFilesStep({ files })
    const rows = transform({ input, uploaded }, ({ input, uploaded }) =>
      input.photos.map((photo, index) => ({
        custom_order_id: input.custom_order_id,
        file_id: uploaded[index].id,
        content_type: photo.content_type,
        size: photo.size,
        original_name: photo.original_name,
        created_by: input.actor.id,
      }))
    )
    const photos = createCustomOrderPhotosStep(rows)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(photos)
  }
)
