import {
  CustomOrderActorType,
  CustomOrderStatus,
  PaymentLinkStatus,
} from "../../modules/custom-order/types"
import { formatMoney as formatAmount } from "../../utils/format-money"

/** The colours @medusajs/ui's StatusBadge takes. */
export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const STATUS_LABELS: Record<CustomOrderStatus, string> = {
  [CustomOrderStatus.PENDING]: "Pending",
  [CustomOrderStatus.APPROVED]: "Approved",
  [CustomOrderStatus.REJECTED]: "Rejected",
  [CustomOrderStatus.CANCELLED]: "Cancelled",
  [CustomOrderStatus.EXPIRED]: "Expired",
  [CustomOrderStatus.PAID]: "Paid",
  [CustomOrderStatus.IN_PRODUCTION]: "In production",
  [CustomOrderStatus.SHIPPED]: "Shipped",
  [CustomOrderStatus.COMPLETED]: "Completed",
}

export const STATUS_COLORS: Record<CustomOrderStatus, BadgeColor> = {
  [CustomOrderStatus.PENDING]: "orange",
  [CustomOrderStatus.APPROVED]: "blue",
  [CustomOrderStatus.REJECTED]: "red",
  [CustomOrderStatus.CANCELLED]: "grey",
  [CustomOrderStatus.EXPIRED]: "grey",
  [CustomOrderStatus.PAID]: "green",
  [CustomOrderStatus.IN_PRODUCTION]: "purple",
  [CustomOrderStatus.SHIPPED]: "green",
  [CustomOrderStatus.COMPLETED]: "green",
}

export const ALL_STATUSES = Object.values(CustomOrderStatus)

export { LIGHTER_TYPE_LABELS } from "../../modules/custom-order/types"

export const PAYMENT_LINK_LABELS: Record<PaymentLinkStatus, string> = {
  [PaymentLinkStatus.NONE]: "No link yet",
  [PaymentLinkStatus.ACTIVE]: "Active",
  [PaymentLinkStatus.INACTIVE]: "Deactivated",
  [PaymentLinkStatus.NOT_CONFIGURED]: "Stripe is off",
}

export const PAYMENT_LINK_COLORS: Record<PaymentLinkStatus, BadgeColor> = {
  [PaymentLinkStatus.NONE]: "grey",
  [PaymentLinkStatus.ACTIVE]: "green",
  [PaymentLinkStatus.INACTIVE]: "grey",
  [PaymentLinkStatus.NOT_CONFIGURED]: "orange",
}

export const ACTOR_LABELS: Record<CustomOrderActorType, string> = {
  [CustomOrderActorType.CUSTOMER]: "Customer",
  [CustomOrderActorType.GUEST]: "Guest",
  [CustomOrderActorType.ADMIN]: "Admin",
  [CustomOrderActorType.SYSTEM]: "System",
}

/** An amount in its currency, or "-" when there is none (not quoted yet). */
export function formatMoney(amount: number | null | undefined, currencyCode: string | null | undefined): string {
  if (amount === null || amount === undefined) {
    return "-"
  }
  return currencyCode ? formatAmount(amount, currencyCode) : String(amount)
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" }) : "-"
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso
    ? new Date(iso).toLocaleString("en-US", {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      })
    : "-"
}

/** The server's message of a failed call ({ type, message } answers become FetchError messages). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) {
    return error.message
  }
  return "Something went wrong; please try again."
}
