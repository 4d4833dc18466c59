import { LIGHTER_TYPE_LABELS, LighterType } from "../../../modules/custom-order/types"
import { Block, paragraph } from "../../email-layout"

/** Template ids: what the Notification module stores as `template` (and a provider's own templates could be named). */
export const CustomOrderTemplates = {
  NEW_REQUEST: "custom-order-new-request",
  RECEIVED: "custom-order-received",
  QUOTE: "custom-order-quote",
  QUOTE_REMINDER: "custom-order-quote-reminder",
  REJECTED: "custom-order-rejected",
  PAID: "custom-order-paid",
  PAID_SHOP: "custom-order-paid-shop",
  IN_PRODUCTION: "custom-order-in-production",
  SHIPPED: "custom-order-shipped",
  COMPLETED: "custom-order-completed",
  CANCELLED: "custom-order-cancelled",
  EXPIRED: "custom-order-expired",
} as const

/** What every message to a customer knows: whose request, and its page on the storefront. */
export type CustomerMessageData = {
  custom_order_id: string
  name: string
  /** the request's page on the storefront (a guest adds their token; the link with it is never stored) */
  page_url: string
}

/** "Hello Grace," from "Grace Hopper" */
export const greeting = (name: string): Block => paragraph(`Hello ${name.trim().split(/\s+/)[0] || name},`)

export const lighterTypeLabel = (type: string | null) =>
  type ? (LIGHTER_TYPE_LABELS[type as LighterType] ?? type) : null

