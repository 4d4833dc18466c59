import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CustomOrderEvents } from "../../modules/custom-order"
import { lockAndReadCustomOrder } from "./custom-order-state"
import { assertQuoteReminderDueStep, updateCustomOrderStep } from "./steps"

export const remindCustomOrderQuoteWorkflowId = "remind-custom-order-quote"

export type RemindCustomOrderQuoteWorkflowInput = {
  custom_order_id: string
  /** CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY */
  hours_before_expiry: number
  now?: Date | string
}

/**
 * An approved quote expires soon and is unpaid: notes that its customer is
 * reminded (once per quote version; a new quote starts again) and emits
 * custom_order.quote_reminder, which sends the reminder.
 */
export const remindCustomOrderQuoteWorkflow = createWorkflow(
  remindCustomOrderQuoteWorkflowId,
  function (input: RemindCustomOrderQuoteWorkflowInput) {
    const { lockKey, customOrder } = lockAndReadCustomOrder(input)
    const sentAt = assertQuoteReminderDueStep({
      custom_order: customOrder,
      hours_before_expiry: input.hours_before_expiry,
      now: input.now,
    })
    const update = transform({ customOrder, sentAt }, ({ customOrder, sentAt }) => ({
      id: customOrder.id,
      quote_reminder_sent_at: sentAt,
    }))
    const updated = updateCustomOrderStep(update)
    releaseLockStep({ key: lockKey })

    const data = transform({ customOrder }, ({ customOrder }) => ({
      id: customOrder.id,
      quote_version: customOrder.quote_version,
    }))
    emitEventStep({ eventName: CustomOrderEvents.QUOTE_REMINDER, data })
    return new WorkflowResponse(updated)
  }
)
