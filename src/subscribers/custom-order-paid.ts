import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomOrderEvents } from "../modules/custom-order"
import {
  customerMessageData,
  customOrderDashboardUrl,
  CustomOrderTemplates,
  notifyAboutCustomOrder,
  PaidData,
  PaidShopData,
  renderPaid,
  renderPaidShop,
} from "../notifications/custom-order"

const FIELDS = ["quote_amount", "quote_currency_code", "order_id", "order.display_id"]

/** A paid quote: the customer gets a receipt of the payment; the shop hears of it, with the new order. */
export default async function customOrderPaid({ event, container }: SubscriberArgs<{ id: string; order_id: string }>) {
  await notifyAboutCustomOrder(container, event, FIELDS, (customOrder, settings) => {
    const paid: PaidData = {
      ...customerMessageData(settings, customOrder),
      amount: Number(customOrder.quote_amount),
      currency_code: customOrder.quote_currency_code,
      order_id: customOrder.order_id ?? event.data.order_id,
      order_display_id: customOrder.order?.display_id ?? null,
    }
    const shopCopy: PaidShopData = { ...paid, email: customOrder.email, admin_url: customOrderDashboardUrl(settings, customOrder.id) }
    return [
      { template: CustomOrderTemplates.PAID, data: paid, content: renderPaid(paid, settings.shop) },
      { to: "shop", template: CustomOrderTemplates.PAID_SHOP, data: shopCopy, content: renderPaidShop(shopCopy, settings.shop) },
    ]
  })
}

export const config: SubscriberConfig = {
  event: CustomOrderEvents.PAID,
  context: { subscriberId: "custom-order-paid-emails" },
}
