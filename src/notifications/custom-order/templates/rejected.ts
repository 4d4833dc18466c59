import { link, paragraph, quote, renderEmail, RenderedEmail, Shop } from "../../email-layout"
import { CustomerMessageData, greeting } from "./common"

export type RejectedData = CustomerMessageData & { reason: string }

/** To the customer: we cannot make this piece, and why. */
export function renderRejected(data: RejectedData, shop: Shop): RenderedEmail {
  return renderEmail(shop, `About your custom order request (${shop.name})`, [
    greeting(data.name),
    paragraph(`Thank you for thinking of ${shop.name}. We are sorry, but we cannot take on this request:`),
    quote(data.reason),
    paragraph("You have not been charged anything. You are welcome to send us a new request at any time."),
    link("Your request", data.page_url),
  ])
}
