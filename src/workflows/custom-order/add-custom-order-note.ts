import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createCustomOrderNoteStep } from "./steps"

export const addCustomOrderNoteWorkflowId = "add-custom-order-note"

export type AddCustomOrderNoteWorkflowInput = { custom_order_id: string; author_id: string; text: string }

/** An admin's internal note on a request (never shown to the customer). Any status. */
export const addCustomOrderNoteWorkflow = createWorkflow(
  addCustomOrderNoteWorkflowId,
  function (input: AddCustomOrderNoteWorkflowInput) {
    useQueryGraphStep({
      entity: "custom_order",
      fields: ["id"],
      filters: { id: input.custom_order_id },
      options: { throwIfKeyNotFound: true },
    })
    const note = createCustomOrderNoteStep({
      custom_order_id: input.custom_order_id,
      author_id: input.author_id,
      text: input.text,
    })
    return new WorkflowResponse(note)
  }
)
