import type { Attachment, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notificationSettings, NotificationSettings, parseAppEnv } from "../../config"
import { RenderedEmail, Shop } from "../email-layout"
import { sendEmail, SendOutcome } from "../send-email"
import { CustomerMessageData } from "./templates"

export type CustomOrderMessageSettings = NotificationSettings & { shop: Shop }

/** The shop's name, address and links, from the environment (read on every message, so a test may change them). */
export function customOrderMessageSettings(): CustomOrderMessageSettings {
  const settings = notificationSettings(parseAppEnv(process.env))
  return { ...settings, shop: { name: settings.shopName, email: settings.shopEmail } }
}

/** The request's page on the storefront; a guest's access link adds their token. */
export const customOrderPageUrl = (settings: NotificationSettings, id: string) =>
  `${settings.storefrontUrl}/custom-orders/${id}`
export const guestAccessUrl = (settings: NotificationSettings, id: string, token: string) =>
  `${customOrderPageUrl(settings, id)}?token=${encodeURIComponent(token)}`
export const customOrderDashboardUrl = (settings: NotificationSettings, id: string) =>
  `${settings.dashboardUrl}/custom-orders/${id}`

/** What every message reads of the request. */
const BASE_FIELDS = ["id", "name", "email", "status", "customer_id", "quote_version"]

export type CustomOrderForMessage = {
  id: string
  name: string
  email: string
  status: string
  customer_id: string | null
  quote_version: number
  [field: string]: any
}

/** Reads the request (and whatever else the message needs) through Query; null when it is gone. */
export async function readCustomOrderForMessage(
  container: MedusaContainer,
  id: string,
  fields: string[] = []
): Promise<CustomOrderForMessage | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "custom_order", fields: [...BASE_FIELDS, ...fields], filters: { id } })
  if (!data[0]) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`No message for custom order ${id}: it no longer exists`)
  }
  return (data[0] as CustomOrderForMessage) ?? null
}

/** The fields every message to the customer carries. */
export function customerMessageData(settings: NotificationSettings, customOrder: CustomOrderForMessage): CustomerMessageData {
  return {
    custom_order_id: customOrder.id,
    name: customOrder.name,
    page_url: customOrderPageUrl(settings, customOrder.id),
  }
}

/** One message about a request: to its customer (`to` unset) or to the shop. */
export type CustomOrderMessage = {
  to?: "customer" | "shop"
  template: string
  /** kept with the notification: what the message says, never a secret */
  data: Record<string, any>
  content: RenderedEmail
  attachments?: Attachment[]
  /** what makes this message unique besides its template and request (e.g. the quote version) */
  key?: string
}

/**
 * What every subscriber of a custom order event does: reads the request with
 * the fields its messages need (nothing is sent if it is gone), lets `compose`
 * write the messages, and sends them. The idempotency key of each is its
 * template, the request and its `key`, so a subscriber run again sends nothing twice.
 */
export async function notifyAboutCustomOrder(
  container: MedusaContainer,
  event: { name: string; data: { id: string } },
  fields: string[],
  compose: (customOrder: CustomOrderForMessage, settings: CustomOrderMessageSettings) => Promise<CustomOrderMessage[]> | CustomOrderMessage[]
): Promise<SendOutcome[]> {
  const settings = customOrderMessageSettings()
  const customOrder = await readCustomOrderForMessage(container, event.data.id, fields)
  if (!customOrder) {
    return []
  }
  const messages = await compose(customOrder, settings)
  return await Promise.all(
    messages.map((message) => {
      const toShop = message.to === "shop"
      return sendEmail(container, {
        to: toShop ? settings.notifyEmail : customOrder.email,
        from: settings.shopEmail,
        template: message.template,
        data: message.data,
        content: message.content,
        attachments: message.attachments,
        idempotency_key: [message.template, customOrder.id, message.key].filter(Boolean).join(":"),
        trigger_type: event.name,
        resource_type: "custom_order",
        resource_id: customOrder.id,
        receiver_id: toShop ? null : customOrder.customer_id,
      })
    })
  )
}

/** A date as stored in a notification's data (ISO 8601), or null. */
export const isoDate = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** What a quote message reads of the request. */
export const QUOTE_FIELDS = [
  "quote_amount",
  "quote_currency_code",
  "quote_message",
  "quote_expires_at",
  "payment_link_status",
  "payment_link_url",
]

/** The current quote, as the quote and reminder messages tell it; the link only while it can be paid. */
export function quoteMessageData(settings: NotificationSettings, customOrder: CustomOrderForMessage) {
  return {
    ...customerMessageData(settings, customOrder),
    quote_version: customOrder.quote_version,
    amount: Number(customOrder.quote_amount),
    currency_code: customOrder.quote_currency_code as string,
    message: customOrder.quote_message ?? null,
    expires_at: isoDate(customOrder.quote_expires_at),
    payment_url: customOrder.payment_link_status === "active" ? (customOrder.payment_link_url ?? null) : null,
  }
}
