import { model } from "@medusajs/framework/utils"
import { CustomOrder } from "./custom-order"

/** A reference image: the file lives in Medusa's File module (private access); this row describes it. */
export const CustomOrderImage = model.define("custom_order_image", {
  id: model.id({ prefix: "coimg" }).primaryKey(),
  file_id: model.text(),
  content_type: model.text(),
  size: model.number(),
  original_name: model.text(),
  custom_order: model.belongsTo(() => CustomOrder, { mappedBy: "images" }),
})
