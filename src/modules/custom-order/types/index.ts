/** The vocabulary of custom order requests, shared by the module, workflows, API and dashboard. */

export enum CustomOrderStatus {
  PENDING = "pending",
  APPROVED = "approved",
  REJECTED = "rejected",
  CANCELLED = "cancelled",
  EXPIRED = "expired",
  PAID = "paid",
  IN_PRODUCTION = "in_production",
  SHIPPED = "shipped",
  COMPLETED = "completed",
}

export enum LighterType {
  CLASSIC_BIC = "classic_bic",
  MINI_BIC = "mini_bic",
  OTHER = "other",
}

/** How a lighter type reads to people (the dashboard, the e-mails). */
export const LIGHTER_TYPE_LABELS: Record<LighterType, string> = {
  [LighterType.CLASSIC_BIC]: "Classic BIC",
  [LighterType.MINI_BIC]: "Mini BIC",
  [LighterType.OTHER]: "Other",
}

/** Who moved a request: the shopper (logged in or with the guest token), an admin, or the system (jobs, Stripe). */
export enum CustomOrderActorType {
  CUSTOMER = "customer",
  GUEST = "guest",
  ADMIN = "admin",
  SYSTEM = "system",
}

/**
 * The state of the current quote's Stripe payment link:
 * none (no quote yet), active, inactive (deactivated: revised, rejected, cancelled, expired or paid),
 * not_configured (approved while Stripe is off: the shop must send payment instructions itself).
 */
export enum PaymentLinkStatus {
  NONE = "none",
  ACTIVE = "active",
  INACTIVE = "inactive",
  NOT_CONFIGURED = "not_configured",
}

export type CustomOrderActor = {
  type: CustomOrderActorType
  /** customer id, user id, or a system name such as "expire-quotes-job"; null for guests. */
  id: string | null
}

/** Events emitted by the custom order workflows, only once a workflow has succeeded. */
export const CustomOrderEvents = {
  SUBMITTED: "custom_order.submitted",
  APPROVED: "custom_order.approved",
  REJECTED: "custom_order.rejected",
  CANCELLED: "custom_order.cancelled",
  EXPIRED: "custom_order.expired",
  PAID: "custom_order.paid",
  IN_PRODUCTION: "custom_order.in_production",
  /** its Medusa order's fulfilment shipped: data has the fulfilment's id (its tracking numbers) */
  SHIPPED: "custom_order.shipped",
  COMPLETED: "custom_order.completed",
  /** an unpaid quote expires soon: its customer is reminded, once per quote version */
  QUOTE_REMINDER: "custom_order.quote_reminder",
  /** a payment that could not be applied was refunded (the admin should know) */
  PAYMENT_REFUNDED: "custom_order.payment_refunded",
  STATUS_CHANGED: "custom_order.status_changed",
} as const

/** What a shopper asks for (the fields of a new request). */
export type CustomOrderRequestInput = {
  name: string
  email: string
  phone?: string | null
  description: string
  colors?: string | null
  lighter_type?: LighterType | null
  quantity: number
  budget?: number | null
  needed_by?: Date | string | null
}

/** What became of a payment received through Stripe for a request. */
export enum CustomOrderPaymentStatus {
  /** paid the request's current quote; the request is paid and has a Medusa order */
  APPLIED = "applied",
  /** could not be applied (old version, request no longer payable, wrong amount...): being refunded */
  REFUND_PENDING = "refund_pending",
  /** refunded in full, automatically or from the Stripe dashboard */
  REFUNDED = "refunded",
}
