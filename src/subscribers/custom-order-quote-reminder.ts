import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderEvents, CustomOrderStatus } from "../modules/custom-order"
import {
  CustomOrderTemplates,
  notifyAboutCustomOrder,
  QUOTE_FIELDS,
  QuoteReminderData,
  quoteMessageData,
  renderQuoteReminder,
} from "../notifications/custom-order"

/** An unpaid quote expires soon: its customer is reminded, once per quote version. */
export default async function customOrderQuoteReminder({
  event,
  container,
}: SubscriberArgs<{ id: string; quote_version: number }>) {
  await notifyAboutCustomOrder(container, event, QUOTE_FIELDS, (customOrder, settings) => {
    const data = quoteMessageData(settings, customOrder)
    if (customOrder.status !== CustomOrderStatus.APPROVED || data.quote_version !== event.data.quote_version || !data.expires_at) {
      return []
    }
    const reminder: QuoteReminderData = { ...data, expires_at: data.expires_at }
    return [
      {
        template: CustomOrderTemplates.QUOTE_REMINDER,
        data: reminder,
        content: renderQuoteReminder(reminder, settings.shop),
        key: `v${data.quote_version}`,
      },
    ]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.QUOTE_REMINDER,
  context: { subscriberId: "custom-order-quote-reminder-email" },
}
