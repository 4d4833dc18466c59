/**
 * What a shopper sees of their request: never internal notes, the access token
 * hash, the IP hash, who on the staff acted, or metadata.
 */
export const STORE_CUSTOM_ORDER_FIELDS = [
  "id",
  "status",
  "name",
  "email",
  "phone",
  "description",
  "colors",
  "lighter_type",
  "quantity",
  "budget",
  "needed_by",
  "quote_version",
  "quote_amount",
  "quote_currency_code",
  "quote_message",
  "quote_expires_at",
  "payment_link_status",
  "payment_link_url",
  "paid_at",
  "created_at",
  "updated_at",
  "images.id",
  "images.content_type",
  "images.size",
  "images.original_name",
  "images.created_at",
  "status_history.from_status",
  "status_history.to_status",
  "status_history.actor_type",
  "status_history.reason",
  "status_history.created_at",
]

export const storeCustomOrderQueryConfig = {
  retrieve: { defaults: STORE_CUSTOM_ORDER_FIELDS, allowed: STORE_CUSTOM_ORDER_FIELDS, isList: false },
  list: { defaults: STORE_CUSTOM_ORDER_FIELDS, allowed: STORE_CUSTOM_ORDER_FIELDS, isList: true },
}
