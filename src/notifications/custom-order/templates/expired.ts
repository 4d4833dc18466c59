import { link, paragraph, renderEmail, RenderedEmail, Shop } from "../../email-layout"
import { CustomerMessageData, greeting } from "./common"

export type ExpiredData = CustomerMessageData & { quote_version: number }

/** To the customer: the quote's time ran out; its link no longer takes payments. */
export function renderExpired(data: ExpiredData, shop: Shop): RenderedEmail {
  return renderEmail(shop, `Your quote has expired (${shop.name})`, [
    greeting(data.name),
    paragraph("The quote for your custom piece has expired, and its payment link no longer works."),
    paragraph(`If you would still like the piece, reply to this e-mail and ${shop.name} will send you a new quote.`),
    link("Your request", data.page_url),
  ])
}
