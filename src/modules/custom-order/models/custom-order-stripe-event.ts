import { model } from "@medusajs/framework/utils"

/**
 * A Stripe event that changed something here, recorded once: a unique row,
 * written in the same transaction as the change it made, so a redelivered
 * event is recognised and changes nothing.
 */
export const CustomOrderStripeEvent = model
  .define("custom_order_stripe_event", {
    id: model.id({ prefix: "coevt" }).primaryKey(),
    stripe_event_id: model.text(),
    type: model.text(),
    custom_order_id: model.text().nullable(),
  })
  .indexes([{ on: ["stripe_event_id"], unique: true }])
