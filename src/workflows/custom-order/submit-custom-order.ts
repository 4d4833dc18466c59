import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import {
  CustomOrderActorType,
  CustomOrderEvents,
  CustomOrderRequestInput,
  CustomOrderStatus,
} from "../../modules/custom-order"
import { privateImageFiles } from "../../utils/image-type"
import { createCustomOrderStep, generateAccessTokenStep, recordStatusChangeStep } from "./steps"

export const submitCustomOrderWorkflowId = "submit-custom-order"

export type SubmittedImage = {
  original_name: string
  /** detected from the bytes, never from the name */
  content_type: string
  size: number
  /** the file's bytes, base64 */
  content: string
}

export type SubmitCustomOrderWorkflowInput = {
  request: CustomOrderRequestInput
  images: SubmittedImage[]
  /** the logged-in customer; null for a guest, who gets an access token */
  customer_id?: string | null
  submitter_ip_hash?: string | null
}

/**
 * A shopper submits a request: reference images go to the File module
 * (private), the request is created pending and linked to the customer, or
 * given a guest access token (returned once, stored as a hash). A failure
 * part-way removes the request and the uploaded files.
 */
export const submitCustomOrderWorkflow = createWorkflow(
  submitCustomOrderWorkflowId,
  function (input: SubmitCustomOrderWorkflowInput) {
    const forGuest = transform({ input }, ({ input }) => !input.customer_id)
    const accessToken = generateAccessTokenStep({ for_guest: forGuest })

    const files = transform({ input }, ({ input }) => privateImageFiles(input.images, "custom-order-reference"))
    const uploaded = uploadFilesStep({ files })

    const createInput = transform({ input, uploaded, accessToken }, ({ input, uploaded, accessToken }) => ({
      ...input.request,
      customer_id: input.customer_id ?? null,
      submitter_ip_hash: input.submitter_ip_hash ?? null,
      access_token_hash: accessToken.hash,
      images: input.images.map((image, index) => ({
        file_id: uploaded[index].id,
        content_type: image.content_type,
        size: image.size,
        original_name: image.original_name,
      })),
    }))
    const customOrder = createCustomOrderStep(createInput)

    const actor = transform({ input }, ({ input }) =>
      input.customer_id
        ? { type: CustomOrderActorType.CUSTOMER, id: input.customer_id }
        : { type: CustomOrderActorType.GUEST, id: null }
    )
    recordStatusChangeStep({
      custom_order_id: customOrder.id,
      from: null,
      to: CustomOrderStatus.PENDING,
      actor,
    })

    const eventData = transform({ customOrder, actor }, ({ customOrder, actor }) => ({
      id: customOrder.id,
      from: null,
      to: CustomOrderStatus.PENDING,
      actor_type: actor.type,
    }))
    // The guest's token travels with the event to the receipt e-mail, its only other reader; it is never stored.
    const submitted = transform({ customOrder, accessToken }, ({ customOrder, accessToken }) => ({
      id: customOrder.id,
      access_token: accessToken.token,
    }))
    emitEventStep({ eventName: CustomOrderEvents.SUBMITTED, data: submitted })
    emitEventStep({ eventName: CustomOrderEvents.STATUS_CHANGED, data: eventData }).config({
      name: "emit-custom-order-status-changed",
    })

    const result = transform({ customOrder, accessToken }, ({ customOrder, accessToken }) => ({
      custom_order: customOrder,
      access_token: accessToken.token,
    }))
    return new WorkflowResponse(result)
  }
)
