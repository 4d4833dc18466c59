import { model } from "@medusajs/framework/utils"
import { CustomOrderPaymentStatus } from "../types"
import { CustomOrder } from "./custom-order"

/**
 * A payment Stripe received for a request (a completed Checkout Session of one
 * of its payment links), applied or not. Never dropped: one that cannot be
 * applied is kept here with the reason, refunded, and shown to the admin.
 */
export const CustomOrderPayment = model
  .define("custom_order_payment", {
    id: model.id({ prefix: "copay" }).primaryKey(),
    status: model.enum(CustomOrderPaymentStatus),
    stripe_checkout_session_id: model.text(),
    stripe_payment_intent_id: model.text().nullable(),
    stripe_refund_id: model.text().nullable(),
    quote_version: model.number().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    refunded_amount: model.bigNumber().default(0),
    /** why it was not applied */
    problem: model.text().nullable(),
    payer_email: model.text().nullable(),
    custom_order: model.belongsTo(() => CustomOrder, { mappedBy: "payments" }),
  })
  .indexes([
    { on: ["stripe_checkout_session_id"], unique: true },
    { on: ["stripe_payment_intent_id"] },
  ])
