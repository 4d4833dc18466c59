import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderActorType, CustomOrderEvents, CustomOrderStatus } from "../modules/custom-order"
import {
  CancelledData,
  customerMessageData,
  CustomOrderTemplates,
  notifyAboutCustomOrder,
  renderCancelled,
} from "../notifications/custom-order"

type Cancelled = { id: string; from: CustomOrderStatus; actor_type: CustomOrderActorType; reason: string | null }

/** A paid request is refunded before it is cancelled (cancel-custom-order). */
const PAID_STATUSES: CustomOrderStatus[] = [CustomOrderStatus.PAID, CustomOrderStatus.IN_PRODUCTION]

/** A cancelled request: the customer is told by whom, why (when the shop did it) and about the refund. */
export default async function customOrderCancelled({ event, container }: SubscriberArgs<Cancelled>) {
  await notifyAboutCustomOrder(container, event, [], (customOrder, settings) => {
    const data: CancelledData = {
      ...customerMessageData(settings, customOrder),
      by_shop: event.data.actor_type === CustomOrderActorType.ADMIN || event.data.actor_type === CustomOrderActorType.SYSTEM,
      reason: event.data.reason,
      refunded: PAID_STATUSES.includes(event.data.from),
    }
    return [{ template: CustomOrderTemplates.CANCELLED, data, content: renderCancelled(data, settings.shop) }]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.CANCELLED,
  context: { subscriberId: "custom-order-cancelled-email" },
}
