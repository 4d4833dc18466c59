import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderEvents } from "../modules/custom-order"
import {
  CompletedData,
  customerMessageData,
  CustomOrderTemplates,
  notifyAboutCustomOrder,
  renderCompleted,
} from "../notifications/custom-order"

/** Delivered (or marked completed by an admin): the customer is thanked. */
export default async function customOrderCompleted({ event, container }: SubscriberArgs<{ id: string; notify?: boolean }>) {
  await notifyAboutCustomOrder(container, event, [], (customOrder, settings) => {
    const data: CompletedData = customerMessageData(settings, customOrder)
    return event.data.notify === false
      ? []
      : [{ template: CustomOrderTemplates.COMPLETED, data, content: renderCompleted(data, settings.shop) }]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.COMPLETED,
  context: { subscriberId: "custom-order-completed-email" },
}
