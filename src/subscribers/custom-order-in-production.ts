import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderEvents } from "../modules/custom-order"
import {
  customerMessageData,
  CustomOrderTemplates,
  InProductionData,
  notifyAboutCustomOrder,
  renderInProduction,
} from "../notifications/custom-order"

/** The piece is being made: the customer is told. */
export default async function customOrderInProduction({ event, container }: SubscriberArgs<{ id: string; notify?: boolean }>) {
  await notifyAboutCustomOrder(container, event, [], (customOrder, settings) => {
    const data: InProductionData = customerMessageData(settings, customOrder)
    return event.data.notify === false
      ? []
      : [{ template: CustomOrderTemplates.IN_PRODUCTION, data, content: renderInProduction(data, settings.shop) }]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.IN_PRODUCTION,
  context: { subscriberId: "custom-order-in-production-email" },
}
