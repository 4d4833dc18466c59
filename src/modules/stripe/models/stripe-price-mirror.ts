import { model } from "@medusajs/framework/utils"

/**
 * The current Stripe Price of a variant in a currency. Stripe prices cannot
 * change: a new amount gets a new Stripe Price, the old one is archived, and
 * this row points to the new one.
 */
export const StripePriceMirror = model
  .define("stripe_price_mirror", {
    id: model.id({ prefix: "stprice" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    stripe_price_id: model.text(),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["variant_id", "currency_code"], unique: true }, { on: ["product_id"] }])
