import { STORE_CUSTOM_ORDER_FIELDS } from "../../store/custom-orders/query-config"

/** The list: what the dashboard's table shows. */
export const ADMIN_CUSTOM_ORDER_LIST_FIELDS = [
  "id",
  "status",
  "name",
  "email",
  "lighter_type",
  "quantity",
  "quote_amount",
  "quote_currency_code",
  "quote_version",
  "payment_link_status",
  "customer_id",
  "order_id",
  "created_at",
  "updated_at",
]

/** The detail: everything an admin needs, except the hashes (never returned to anyone). */
export const ADMIN_CUSTOM_ORDER_FIELDS = [
  ...STORE_CUSTOM_ORDER_FIELDS,
  "payment_link_id",
  "stripe_checkout_session_id",
  "stripe_payment_intent_id",
  "customer_id",
  "order_id",
  "metadata",
  "status_history.id",
  "status_history.actor_id",
  "notes.id",
  "notes.author_id",
  "notes.text",
  "notes.created_at",
  "quotes.id",
  "quotes.version",
  "quotes.amount",
  "quotes.currency_code",
  "quotes.message",
  "quotes.expires_at",
  "quotes.created_by",
  "quotes.created_at",
  "images.file_id",
  "payments.id",
  "payments.status",
  "payments.amount",
  "payments.currency_code",
  "payments.refunded_amount",
  "payments.quote_version",
  "payments.problem",
  "payments.payer_email",
  "payments.stripe_payment_intent_id",
  "payments.stripe_checkout_session_id",
  "payments.stripe_refund_id",
  "payments.created_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "order.id",
  "order.display_id",
  "order.status",
]

const ADMIN_ALLOWED = [...new Set([...ADMIN_CUSTOM_ORDER_FIELDS, ...ADMIN_CUSTOM_ORDER_LIST_FIELDS])]

export const adminCustomOrderQueryConfig = {
  list: { defaults: ADMIN_CUSTOM_ORDER_LIST_FIELDS, allowed: ADMIN_ALLOWED, isList: true },
  retrieve: { defaults: ADMIN_CUSTOM_ORDER_FIELDS, allowed: ADMIN_ALLOWED, isList: false },
}
