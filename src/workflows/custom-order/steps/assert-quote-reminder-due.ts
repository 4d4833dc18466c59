import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteReminderNotDue } from "../../../modules/custom-order"
import { CustomOrderState } from "./types"

export const assertQuoteReminderDueStepId = "assert-custom-order-quote-reminder-due"

export type AssertQuoteReminderDueStepInput = {
  custom_order: CustomOrderState
  hours_before_expiry: number
  now?: Date | string
}

/**
 * A reminder goes out once per quote version, within the configured time
 * before expiry (re-checked under the lock: the job's list may be stale).
 * Returns the time the reminder counts as sent.
 */
export const assertQuoteReminderDueStep = createStep(
  assertQuoteReminderDueStepId,
  async ({ custom_order, hours_before_expiry, now }: AssertQuoteReminderDueStepInput) => {
    const reference = now ? new Date(now) : new Date()
    const notDue = quoteReminderNotDue(custom_order, reference, hours_before_expiry)
    if (notDue) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Custom order ${custom_order.id} needs no quote reminder: ${notDue}`)
    }
    return new StepResponse(reference)
  }
)
