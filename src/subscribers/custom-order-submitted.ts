import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderEvents } from "../modules/custom-order"
import {
  customerMessageData,
  customOrderDashboardUrl,
  CustomOrderTemplates,
  guestAccessUrl,
  isoDate,
  NewRequestData,
  notifyAboutCustomOrder,
  ReceivedData,
  renderNewRequest,
  renderReceived,
} from "../notifications/custom-order"

const FIELDS = [
  "phone",
  "description",
  "colors",
  "lighter_type",
  "quantity",
  "budget",
  "needed_by",
  "images.original_name",
  "images.content_type",
  "images.size",
]

/** A new request: the shop hears of it (with the images listed); the shopper gets a receipt with their access link. */
export default async function customOrderSubmitted({
  event,
  container,
}: SubscriberArgs<{ id: string; access_token?: string | null }>) {
  await notifyAboutCustomOrder(container, event, FIELDS, (customOrder, settings) => {
    const newRequest: NewRequestData = {
      custom_order_id: customOrder.id,
      name: customOrder.name,
      email: customOrder.email,
      phone: customOrder.phone ?? null,
      description: customOrder.description,
      colors: customOrder.colors ?? null,
      lighter_type: customOrder.lighter_type ?? null,
      quantity: customOrder.quantity,
      budget: customOrder.budget === null || customOrder.budget === undefined ? null : Number(customOrder.budget),
      needed_by: isoDate(customOrder.needed_by),
      images: (customOrder.images ?? []).map((image: NewRequestData["images"][number]) => ({
        original_name: image.original_name,
        content_type: image.content_type,
        size: image.size,
      })),
      admin_url: customOrderDashboardUrl(settings, customOrder.id),
    }
    const received: ReceivedData = {
      ...customerMessageData(settings, customOrder),
      description: customOrder.description,
      access: customOrder.customer_id ? "account" : "guest",
    }
    const token = event.data.access_token
    return [
      { to: "shop", template: CustomOrderTemplates.NEW_REQUEST, data: newRequest, content: renderNewRequest(newRequest, settings.shop) },
      {
        template: CustomOrderTemplates.RECEIVED,
        data: received,
        content: renderReceived(received, settings.shop, {
          access_url: token ? guestAccessUrl(settings, customOrder.id, token) : null,
        }),
      },
    ]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.SUBMITTED,
  context: { subscriberId: "custom-order-submitted-emails" },
}
