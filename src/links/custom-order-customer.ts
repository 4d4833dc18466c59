import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomOrderModule from "../modules/custom-order"

/** custom_order.customer_id -> the Medusa customer who submitted it (read-only: the id is stored on the request). */
export default defineLink(
  { linkable: CustomOrderModule.linkable.customOrder.id, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
