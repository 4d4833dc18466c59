import { model } from "@medusajs/framework/utils"

/** The Stripe Product that mirrors a Medusa product (one per product, ever). */
export const StripeProductMirror = model
  .define("stripe_product_mirror", {
    id: model.id({ prefix: "stprod" }).primaryKey(),
    product_id: model.text(),
    stripe_product_id: model.text(),
    name: model.text(),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["product_id"], unique: true }])
