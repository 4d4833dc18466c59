import { link, paragraph, quote, renderEmail, RenderedEmail, Shop } from "../../email-layout"
import { CustomerMessageData, greeting } from "./common"

export type ReceivedData = CustomerMessageData & {
  description: string
  /** guest: the page opens with the secret link below; account: after logging in */
  access: "guest" | "account"
}

/**
 * To the shopper: their request arrived. A guest's link carries their access
 * token (`access_url`, passed apart from the data so that it is never stored).
 */
export function renderReceived(data: ReceivedData, shop: Shop, secret: { access_url: string | null }): RenderedEmail {
  const access =
    data.access === "guest" && secret.access_url
      ? [
          link("See or cancel your request", secret.access_url),
          paragraph("This link is your key to the request: keep it to yourself. Anyone who has it can see and cancel the request."),
        ]
      : [link("See or cancel your request (log in to your account)", data.page_url)]
  return renderEmail(shop, `We received your custom order request (${shop.name})`, [
    greeting(data.name),
    paragraph(`Thank you for your request. This is what you asked ${shop.name} for:`),
    quote(data.description),
    paragraph("We will look at it and send you a quote, usually within a few days."),
    ...access,
  ])
}
