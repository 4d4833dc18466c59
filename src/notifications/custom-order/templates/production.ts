import { link, list, paragraph, renderEmail, RenderedEmail, Shop } from "../../email-layout"
import { CustomerMessageData, greeting } from "./common"

export type InProductionData = CustomerMessageData

export type ShippedData = CustomerMessageData & {
  tracking: { number: string; url: string | null }[]
  /** photos of the finished piece, attached to the message */
  photos: { file_name: string }[]
  /** photos not attached because the message would have been too large */
  photos_not_attached: number
}

export type CompletedData = CustomerMessageData

/** To the customer: we started making their piece. */
export function renderInProduction(data: InProductionData, shop: Shop): RenderedEmail {
  return renderEmail(shop, `We are making your custom piece (${shop.name})`, [
    greeting(data.name),
    paragraph("We have started beading your custom piece. Each case is made by hand, bead by bead."),
    paragraph("We will write again when it ships, with its tracking number."),
    link("Your request", data.page_url),
  ])
}

/** To the customer: the piece is on its way, with its tracking numbers and photos of the finished piece. */
export function renderShipped(data: ShippedData, shop: Shop): RenderedEmail {
  const tracking = data.tracking.length
    ? [
        paragraph(data.tracking.length === 1 ? "Tracking number:" : "Tracking numbers:"),
        list(data.tracking.map((t) => (t.url ? `${t.number}: ${t.url}` : t.number))),
      ]
    : [paragraph("It was sent without a tracking number.")]
  const photos = data.photos.length
    ? [
        paragraph(`Photos of your finished piece are attached (${data.photos.map((p) => p.file_name).join(", ")}).`),
        ...(data.photos_not_attached
          ? [paragraph(`${data.photos_not_attached} more did not fit in this e-mail; ask us and we will send them.`)]
          : []),
      ]
    : []
  return renderEmail(shop, `Your custom piece is on its way (${shop.name})`, [
    greeting(data.name),
    paragraph("Your custom piece is finished and has shipped."),
    ...tracking,
    ...photos,
    link("Your request", data.page_url),
  ])
}

/** To the customer: delivered; the request is complete. */
export function renderCompleted(data: CompletedData, shop: Shop): RenderedEmail {
  return renderEmail(shop, `Your custom piece has arrived (${shop.name})`, [
    greeting(data.name),
    paragraph("Your custom piece has been delivered, and your request is now complete. We hope you love it!"),
    paragraph(`Thank you for choosing ${shop.name}. If anything is not right, reply to this e-mail and we will make it right.`),
    link("Your request", data.page_url),
  ])
}
