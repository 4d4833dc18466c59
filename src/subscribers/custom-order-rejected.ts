import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderEvents } from "../modules/custom-order"
import {
  customerMessageData,
  CustomOrderTemplates,
  notifyAboutCustomOrder,
  RejectedData,
  renderRejected,
} from "../notifications/custom-order"

/** A rejected request: the customer is told the reason. */
export default async function customOrderRejected({ event, container }: SubscriberArgs<{ id: string; reason: string }>) {
  await notifyAboutCustomOrder(container, event, [], (customOrder, settings) => {
    const data: RejectedData = { ...customerMessageData(settings, customOrder), reason: event.data.reason }
    return [{ template: CustomOrderTemplates.REJECTED, data, content: renderRejected(data, settings.shop) }]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.REJECTED,
  context: { subscriberId: "custom-order-rejected-email" },
}
