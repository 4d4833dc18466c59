import { model } from "@medusajs/framework/utils"
import { CustomOrder } from "./custom-order"

/**
 * A photo of the finished piece (the request's `photos`), added by an admin:
 * the file lives in Medusa's File module (private access), like a reference
 * image; the photos go to the customer with the message that the piece has
 * shipped. ("Photograph" because Medusa's typed method names would make
 * "photo" plural as "photoes".)
 */
export const CustomOrderPhotograph = model.define("custom_order_photograph", {
  id: model.id({ prefix: "cophoto" }).primaryKey(),
  file_id: model.text(),
  content_type: model.text(),
  size: model.number(),
  original_name: model.text(),
  /** the admin who added it */
  created_by: model.text().nullable(),
  custom_order: model.belongsTo(() => CustomOrder, { mappedBy: "photos" }),
})
