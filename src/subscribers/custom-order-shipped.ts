import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CustomOrderEvents } from "../modules/custom-order"
import {
  customerMessageData,
  CustomOrderTemplates,
  finishedPhotoAttachments,
  notifyAboutCustomOrder,
  renderShipped,
  ShippedData,
} from "../notifications/custom-order"

const FIELDS = ["photos.file_id", "photos.content_type", "photos.size", "photos.created_at"]

type Label = { tracking_number?: string | null; tracking_url?: string | null }

/**
 * The piece has shipped (its Medusa order's fulfilment): the customer gets the
 * tracking numbers of that fulfilment and the photos of the finished piece.
 * Not sent when the admin unticked "send notification" on the shipment.
 */
export default async function customOrderShipped({
  event,
  container,
}: SubscriberArgs<{ id: string; fulfillment_id?: string | null; notify?: boolean }>) {
  if (event.data.notify === false) {
    return
  }
  await notifyAboutCustomOrder(container, event, FIELDS, async (customOrder, settings) => {
    const labels = event.data.fulfillment_id ? await trackingLabels(container, event.data.fulfillment_id) : []
    const { attachments, not_attached } = await finishedPhotoAttachments(container, customOrder.photos ?? [])
    const data: ShippedData = {
      ...customerMessageData(settings, customOrder),
      tracking: labels
        .filter((label) => label.tracking_number)
        .map((label) => ({ number: label.tracking_number!, url: label.tracking_url || null })),
      photos: attachments.map((attachment) => ({ file_name: attachment.filename })),
      photos_not_attached: not_attached,
    }
    return [{ template: CustomOrderTemplates.SHIPPED, data, content: renderShipped(data, settings.shop), attachments }]
  })
}

async function trackingLabels(container: SubscriberArgs<unknown>["container"], fulfillmentId: string): Promise<Label[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["labels.tracking_number", "labels.tracking_url"],
    filters: { id: fulfillmentId },
  })
  return (data[0]?.labels ?? []).filter(Boolean) as Label[]
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.SHIPPED,
  context: { subscriberId: "custom-order-shipped-email" },
}
