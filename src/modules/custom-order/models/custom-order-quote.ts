import { model } from "@medusajs/framework/utils"
import { CustomOrder } from "./custom-order"

/**
 * A quote snapshot, one per version: what the customer was asked to pay. A
 * payment is checked against the quote of the version it was made for.
 */
export const CustomOrderQuote = model
  .define("custom_order_quote", {
    id: model.id({ prefix: "coquote" }).primaryKey(),
    version: model.number(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    message: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    custom_order: model.belongsTo(() => CustomOrder, { mappedBy: "quotes" }),
  })
  .indexes([{ on: ["custom_order_id", "version"], unique: true }])
