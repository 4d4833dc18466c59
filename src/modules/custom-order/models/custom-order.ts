import { model } from "@medusajs/framework/utils"
import { CustomOrderStatus, LighterType, PaymentLinkStatus } from "../types"
import { CustomOrderImage } from "./custom-order-image"
import { CustomOrderNote } from "./custom-order-note"
import { CustomOrderPayment } from "./custom-order-payment"
import { CustomOrderPhotograph } from "./custom-order-photograph"
import { CustomOrderQuote } from "./custom-order-quote"
import { CustomOrderStatusChange } from "./custom-order-status-change"

/**
 * A shopper's request for a made-to-order piece, its current quote and payment
 * references. The customer and the Medusa order are other modules' records:
 * their ids are stored here and exposed through read-only links (src/links).
 */
export const CustomOrder = model
  .define("custom_order", {
    id: model.id({ prefix: "cord" }).primaryKey(),
    // what the shopper asked for
    name: model.text(),
    email: model.text(),
    phone: model.text().nullable(),
    description: model.text(),
    colors: model.text().nullable(),
    lighter_type: model.enum(LighterType).nullable(),
    quantity: model.number().default(1),
    budget: model.bigNumber().nullable(),
    needed_by: model.dateTime().nullable(),
    status: model.enum(CustomOrderStatus).default(CustomOrderStatus.PENDING),
    // the current quote (every version is also kept in custom_order_quote)
    quote_version: model.number().default(0),
    quote_amount: model.bigNumber().nullable(),
    quote_currency_code: model.text().nullable(),
    quote_message: model.text().nullable(),
    quote_expires_at: model.dateTime().nullable(),
    /** when the customer was reminded that this quote version expires soon (a new version starts again at null) */
    quote_reminder_sent_at: model.dateTime().nullable(),
    // payment
    payment_link_status: model.enum(PaymentLinkStatus).default(PaymentLinkStatus.NONE),
    payment_link_id: model.text().nullable(),
    payment_link_url: model.text().nullable(),
    stripe_checkout_session_id: model.text().nullable(),
    stripe_payment_intent_id: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    // access and abuse control: only hashes are stored
    access_token_hash: model.text().nullable(),
    submitter_ip_hash: model.text().nullable(),
    // other modules' records (read-only links)
    customer_id: model.text().nullable(),
    order_id: model.text().nullable(),
    metadata: model.json().nullable(),
    images: model.hasMany(() => CustomOrderImage, { mappedBy: "custom_order" }),
    notes: model.hasMany(() => CustomOrderNote, { mappedBy: "custom_order" }),
    status_history: model.hasMany(() => CustomOrderStatusChange, { mappedBy: "custom_order" }),
    quotes: model.hasMany(() => CustomOrderQuote, { mappedBy: "custom_order" }),
    payments: model.hasMany(() => CustomOrderPayment, { mappedBy: "custom_order" }),
    photos: model.hasMany(() => CustomOrderPhotograph, { mappedBy: "custom_order" }),
  })
  .cascades({ delete: ["images", "notes", "status_history", "quotes", "payments", "photos"] })
  .indexes([
    { on: ["status"] },
    { on: ["created_at"] },
    { on: ["email"] },
    { on: ["customer_id"] },
    { on: ["order_id"] },
    { on: ["access_token_hash"], unique: true, where: "access_token_hash IS NOT NULL" },
    { on: ["submitter_ip_hash", "created_at"] },
  ])
  .checks([
    { name: "custom_order_quantity_positive", expression: (columns) => `${columns.quantity} >= 1` },
  ])
