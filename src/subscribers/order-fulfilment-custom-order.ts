import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { followOrderFulfilment } from "../workflows/custom-order"

/**
 * A fulfilment of an order was shipped or delivered (the dashboard's "Mark as
 * shipped" / "Mark as delivered"): a custom order request of that order
 * follows, to shipped or completed.
 */
export default async function orderFulfilmentCustomOrder({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  await followOrderFulfilment(container, {
    fulfillment_id: event.data.id,
    happened: event.name === FulfillmentWorkflowEvents.DELIVERY_CREATED ? "delivered" : "shipped",
    notify: !event.data.no_notification,
  })
}

export const config: SubscriberConfig = {
  event: [FulfillmentWorkflowEvents.SHIPMENT_CREATED, FulfillmentWorkflowEvents.DELIVERY_CREATED],
  context: { subscriberId: "custom-order-follows-fulfilment" },
}
