import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOM_ORDER_MODULE, shopperOwnsCustomOrder } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"
import { loggedInCustomerId, presentedAccessToken } from "../../utils/custom-order-actor"

/**
 * Lets a read through only for the request's customer or the holder of its
 * token. Everyone else gets the same not_found as for an id that does not exist.
 */
export async function requireShopperAccess(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const customOrders = req.scope.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const [customOrder] = await customOrders.listCustomOrders(
      { id: req.params.id },
      { select: ["id", "customer_id", "access_token_hash"] }
    )
    const allowed =
      customOrder &&
      shopperOwnsCustomOrder(customOrder, {
        customerId: loggedInCustomerId(req),
        token: presentedAccessToken(req),
      })
    if (!allowed) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Custom order with id: ${req.params.id} was not found`)
    }
    next()
  } catch (error) {
    next(error)
  }
}
