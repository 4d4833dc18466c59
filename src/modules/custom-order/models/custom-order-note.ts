import { model } from "@medusajs/framework/utils"
import { CustomOrder } from "./custom-order"

/** An internal admin note: never shown to the customer. */
export const CustomOrderNote = model.define("custom_order_note", {
  id: model.id({ prefix: "conote" }).primaryKey(),
  author_id: model.text(),
  text: model.text(),
  custom_order: model.belongsTo(() => CustomOrder, { mappedBy: "notes" }),
})
