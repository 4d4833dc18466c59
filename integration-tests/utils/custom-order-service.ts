import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOM_ORDER_MODULE } from "../../src/modules/custom-order"
import CustomOrderModuleService from "../../src/modules/custom-order/service"

/** The custom order module's service, typed without Medusa's generated bindings (absent on a clean clone). */
export const customOrderService = (container: MedusaContainer) =>
  container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
