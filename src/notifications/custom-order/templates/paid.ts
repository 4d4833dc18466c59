import { facts, formatMoney, link, paragraph, renderEmail, RenderedEmail, Shop } from "../../email-layout"
import { CustomerMessageData, greeting } from "./common"

export type PaidData = CustomerMessageData & {
  amount: number
  currency_code: string
  order_id: string
  order_display_id: number | null
}

export type PaidShopData = PaidData & { email: string; admin_url: string }

const orderNumber = (data: PaidData) => (data.order_display_id ? `#${data.order_display_id}` : data.order_id)

/** To the customer: their payment arrived; the piece is now an order. */
export function renderPaid(data: PaidData, shop: Shop): RenderedEmail {
  return renderEmail(shop, `Payment received: order ${orderNumber(data)} (${shop.name})`, [
    greeting(data.name),
    paragraph(`We received your payment of ${formatMoney(data.amount, data.currency_code)}. Thank you!`),
    facts([
      ["Order", orderNumber(data)],
      ["Paid", formatMoney(data.amount, data.currency_code)],
    ]),
    paragraph("Your piece is now in our queue. We will tell you when we start beading it, and when it ships."),
    link("Your request", data.page_url),
  ])
}

/** To the shop: a quote was paid, and its Medusa order exists. */
export function renderPaidShop(data: PaidShopData, shop: Shop): RenderedEmail {
  return renderEmail(shop, `Paid: custom order from ${data.name} (${formatMoney(data.amount, data.currency_code)})`, [
    paragraph(`${data.name} (${data.email}) paid the quote of custom order ${data.custom_order_id}.`),
    facts([
      ["Order", orderNumber(data)],
      ["Paid", formatMoney(data.amount, data.currency_code)],
    ]),
    paragraph("Put it in production in the dashboard when you start on it."),
    link("Open it in the dashboard", data.admin_url),
  ])
}
