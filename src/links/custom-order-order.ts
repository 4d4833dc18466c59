import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CustomOrderModule from "../modules/custom-order"

/** custom_order.order_id -> the Medusa order created when the request was paid (read-only: the id is stored on the request). */
export default defineLink(
  { linkable: CustomOrderModule.linkable.customOrder.id, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
