import { CustomOrderActor, CustomOrderStatus, PaymentLinkStatus } from "../../../modules/custom-order"

/** What the transition workflows read of a request before deciding anything. */
export type CustomOrderState = {
  id: string
  status: CustomOrderStatus
  quote_version: number
  payment_link_status: PaymentLinkStatus
  payment_link_id: string | null
  customer_id: string | null
  access_token_hash: string | null
  order_id: string | null
  quote_expires_at: Date | string | null
  quote_reminder_sent_at: Date | string | null
  quote_amount: number | null
  quote_currency_code: string | null
}

export const CUSTOM_ORDER_STATE_FIELDS = [
  "id",
  "status",
  "quote_version",
  "payment_link_status",
  "payment_link_id",
  "customer_id",
  "access_token_hash",
  "order_id",
  "quote_expires_at",
  "quote_reminder_sent_at",
  "quote_amount",
  "quote_currency_code",
]

export type { CustomOrderActor }
