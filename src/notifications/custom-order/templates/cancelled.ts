import { link, paragraph, quote, renderEmail, RenderedEmail, Shop } from "../../email-layout"
import { CustomerMessageData, greeting } from "./common"

export type CancelledData = CustomerMessageData & {
  /** the shop cancelled it (with its reason), not the customer */
  by_shop: boolean
  reason: string | null
  /** it had been paid: the payment was refunded before it was cancelled */
  refunded: boolean
}

/** To the customer: the request is cancelled, by whom and why, and what happened to the money. */
export function renderCancelled(data: CancelledData, shop: Shop): RenderedEmail {
  return renderEmail(shop, `Your custom order request is cancelled (${shop.name})`, [
    greeting(data.name),
    paragraph(
      data.by_shop
        ? "We are sorry: we have had to cancel your custom order request."
        : "Your custom order request is cancelled, as you asked."
    ),
    ...(data.by_shop && data.reason ? [quote(data.reason)] : []),
    paragraph(
      data.refunded
        ? "Your payment has been refunded in full to the card you paid with; your bank may take 5 to 10 days to show it."
        : "You have not been charged anything."
    ),
    link("Your request", data.page_url),
  ])
}
