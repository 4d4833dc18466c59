import { MedusaService } from "@medusajs/framework/utils"
import { CustomOrder } from "./models/custom-order"
import { CustomOrderImage } from "./models/custom-order-image"
import { CustomOrderNote } from "./models/custom-order-note"
import { CustomOrderQuote } from "./models/custom-order-quote"
import { CustomOrderStatusChange } from "./models/custom-order-status-change"

/**
 * Data access for custom order requests. Rules (who may move a request where)
 * live in the state machine and the workflows, not here.
 */
export default class CustomOrderModuleService extends MedusaService({
  CustomOrder,
  CustomOrderImage,
  CustomOrderNote,
  CustomOrderQuote,
  CustomOrderStatusChange,
}) {}
