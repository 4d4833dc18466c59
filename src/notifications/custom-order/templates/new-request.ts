import { facts, formatDate, link, list, paragraph, quote, renderEmail, RenderedEmail, Shop } from "../../email-layout"
import { lighterTypeLabel } from "./common"

export type NewRequestData = {
  custom_order_id: string
  name: string
  email: string
  phone: string | null
  description: string
  colors: string | null
  lighter_type: string | null
  quantity: number
  budget: number | null
  needed_by: string | null
  images: { original_name: string; content_type: string; size: number }[]
  /** the request in the dashboard */
  admin_url: string
}

/** To the shop: a new request to review, with everything the shopper said and the images they sent. */
export function renderNewRequest(data: NewRequestData, shop: Shop): RenderedEmail {
  const images = data.images.length
    ? [
        paragraph(`Reference images (${data.images.length}), in the dashboard:`),
        list(data.images.map((image) => `${image.original_name} (${image.content_type}, ${Math.max(1, Math.round(image.size / 1024))} KB)`)),
      ]
    : [paragraph("No reference images.")]
  return renderEmail(shop, `New custom order request from ${data.name}`, [
    paragraph(`${data.name} asked ${shop.name} for a custom piece (${data.custom_order_id}).`),
    facts([
      ["Name", data.name],
      ["E-mail", data.email],
      ["Phone", data.phone],
      ["Lighter", lighterTypeLabel(data.lighter_type)],
      ["Quantity", String(data.quantity)],
      ["Colours", data.colors],
      ["Budget", data.budget !== null ? String(data.budget) : null],
      ["Needed by", data.needed_by ? formatDate(data.needed_by) : null],
    ]),
    quote(data.description),
    ...images,
    link("Review and quote it in the dashboard", data.admin_url),
  ])
}
