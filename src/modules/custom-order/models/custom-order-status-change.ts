import { model } from "@medusajs/framework/utils"
import { CustomOrderActorType, CustomOrderStatus } from "../types"
import { CustomOrder } from "./custom-order"

/** One entry of a request's history: every transition, who made it, when, and why. */
export const CustomOrderStatusChange = model.define("custom_order_status_change", {
  id: model.id({ prefix: "cohist" }).primaryKey(),
  from_status: model.enum(CustomOrderStatus).nullable(),
  to_status: model.enum(CustomOrderStatus),
  actor_type: model.enum(CustomOrderActorType),
  actor_id: model.text().nullable(),
  reason: model.text().nullable(),
  custom_order: model.belongsTo(() => CustomOrder, { mappedBy: "status_history" }),
})
