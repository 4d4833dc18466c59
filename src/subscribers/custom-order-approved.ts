import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderEvents, CustomOrderStatus } from "../modules/custom-order"
import {
  CustomOrderTemplates,
  notifyAboutCustomOrder,
  QUOTE_FIELDS,
  QuoteData,
  quoteMessageData,
  renderQuote,
} from "../notifications/custom-order"

type Approved = { id: string; quote_version: number; revised: boolean; resent?: boolean; resent_at?: string }

/**
 * A quote (new, revised, or its link sent again): the customer gets the price,
 * the message, the expiry and the payment link. A quote already replaced by a
 * newer one by the time this runs is not sent: the newer one has its own message.
 */
export default async function customOrderApproved({ event, container }: SubscriberArgs<Approved>) {
  await notifyAboutCustomOrder(container, event, QUOTE_FIELDS, (customOrder, settings) => {
    if (customOrder.status !== CustomOrderStatus.APPROVED || customOrder.quote_version !== event.data.quote_version) {
      return []
    }
    const data: QuoteData = { ...quoteMessageData(settings, customOrder), revised: event.data.revised }
    const key = `v${data.quote_version}${event.data.resent_at ? `:resent-${event.data.resent_at}` : ""}`
    return [{ template: CustomOrderTemplates.QUOTE, data, content: renderQuote(data, settings.shop), key }]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.APPROVED,
  context: { subscriberId: "custom-order-quote-email" },
}
