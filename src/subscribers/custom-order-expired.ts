import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderEvents } from "../modules/custom-order"
import {
  customerMessageData,
  CustomOrderTemplates,
  ExpiredData,
  notifyAboutCustomOrder,
  renderExpired,
} from "../notifications/custom-order"

/** An expired quote: the customer is told its link no longer works (once per quote version). */
export default async function customOrderExpired({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyAboutCustomOrder(container, event, [], (customOrder, settings) => {
    const data: ExpiredData = { ...customerMessageData(settings, customOrder), quote_version: customOrder.quote_version }
    return [
      { template: CustomOrderTemplates.EXPIRED, data, content: renderExpired(data, settings.shop), key: `v${data.quote_version}` },
    ]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.EXPIRED,
  context: { subscriberId: "custom-order-expired-email" },
}
