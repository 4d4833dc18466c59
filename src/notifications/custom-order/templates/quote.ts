import { facts, formatDateTime, formatMoney, link, paragraph, quote, renderEmail, RenderedEmail, Shop } from "../../email-layout"
import { CustomerMessageData, greeting } from "./common"

export type QuoteData = CustomerMessageData & {
  quote_version: number
  amount: number
  currency_code: string
  message: string | null
  expires_at: string | null
  /** the Stripe payment link of exactly this quote version; null while Stripe is off */
  payment_url: string | null
  /** a revised quote replaces an earlier one (whose link no longer works) */
  revised: boolean
}

export type QuoteReminderData = Omit<QuoteData, "revised"> & { expires_at: string }

function payment(data: Omit<QuoteData, "revised">, shop: Shop) {
  return data.payment_url
    ? link(`Pay ${formatMoney(data.amount, data.currency_code)}`, data.payment_url)
    : paragraph(`${shop.name} will send you payment instructions separately.`)
}

/** To the customer: the price of their piece, the message that comes with it, how long it holds, and the link to pay. */
export function renderQuote(data: QuoteData, shop: Shop): RenderedEmail {
  const price = formatMoney(data.amount, data.currency_code)
  return renderEmail(shop, `${data.revised ? "Your revised quote" : "Your quote"} from ${shop.name}: ${price}`, [
    greeting(data.name),
    paragraph(
      data.revised
        ? `We have revised the quote for your custom piece. This one replaces the earlier quote, whose payment link no longer works.`
        : `Good news: we can make your custom piece.`
    ),
    ...(data.message ? [quote(data.message)] : []),
    facts([
      ["Price", price],
      ["Quote", `version ${data.quote_version}`],
      ["Valid until", data.expires_at ? formatDateTime(data.expires_at) : "no expiry date"],
    ]),
    payment(data, shop),
    paragraph("Once you have paid, we start making it and let you know at every step."),
    link("Your request", data.page_url),
  ])
}

/** To the customer, once, some time before an unpaid quote expires. */
export function renderQuoteReminder(data: QuoteReminderData, shop: Shop): RenderedEmail {
  const price = formatMoney(data.amount, data.currency_code)
  return renderEmail(shop, `Your quote from ${shop.name} expires on ${formatDateTime(data.expires_at)}`, [
    greeting(data.name),
    paragraph(
      `A reminder: the quote of ${price} for your custom piece is valid until ${formatDateTime(data.expires_at)}. After that it expires and the payment link stops working.`
    ),
    payment(data, shop),
    paragraph("If you no longer want the piece, you can ignore this message or cancel the request on its page."),
    link("Your request", data.page_url),
  ])
}
