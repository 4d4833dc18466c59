import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseAppEnv, quoteReminderHours } from "../config"
import { CUSTOM_ORDER_MODULE, CustomOrderStatus } from "../modules/custom-order"
import CustomOrderModuleService from "../modules/custom-order/service"
import { remindCustomOrderQuoteWorkflow } from "../workflows/custom-order"

const BATCH_SIZE = 100

/**
 * Every 15 minutes: approved quotes that expire within
 * CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY (24 by default) and whose customer
 * was not reminded of this quote version get their reminder, one workflow
 * each. The workflow re-checks under the request's lock and marks the
 * reminder sent, so running this twice reminds nobody twice. Medusa calls it
 * with the time it was scheduled for, which counts as now.
 */
export default async function sendCustomOrderQuoteReminders(
  container: MedusaContainer,
  { scheduledFor: now = new Date() }: { scheduledFor?: Date } = {}
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const hours = quoteReminderHours(parseAppEnv(process.env))
  const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
  const due = await customOrders.listCustomOrders(
    {
      status: CustomOrderStatus.APPROVED,
      quote_reminder_sent_at: null,
      quote_expires_at: { $gt: now, $lte: new Date(now.getTime() + hours * 3600_000) },
    },
    { select: ["id"], take: BATCH_SIZE, order: { quote_expires_at: "ASC" } }
  )
  let reminded = 0
  for (const { id } of due) {
    const { errors } = await remindCustomOrderQuoteWorkflow(container).run({
      input: { custom_order_id: id, hours_before_expiry: hours, now },
      throwOnError: false,
    })
    if (errors.length) {
      logger.warn(`Custom order ${id} was not reminded of its quote: ${errors[0].error?.message}`)
    } else {
      reminded++
    }
  }
  if (due.length) {
    logger.info(`Reminded ${reminded} of ${due.length} customers whose custom order quote expires within ${hours} hours`)
  }
  return { due: due.length, reminded }
}

export const config = {
  name: "send-custom-order-quote-reminders",
  schedule: "*/15 * * * *",
}
