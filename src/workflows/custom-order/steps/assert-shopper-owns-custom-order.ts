import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { CustomOrderActorType, shopperOwnsCustomOrder } from "../../../modules/custom-order"
import { CustomOrderActor, CustomOrderState } from "./types"

export const assertShopperOwnsCustomOrderStepId = "assert-shopper-owns-custom-order"

export type AssertShopperOwnsCustomOrderStepInput = {
  custom_order: CustomOrderState
  actor: CustomOrderActor
  /** the guest token the shopper presented, if any */
  access_token?: string | null
}

/**
 * A shopper acts only on their own request (their account, or its token).
 * Anyone else gets not_found, the same answer as for an id that does not exist.
 */
export const assertShopperOwnsCustomOrderStep = createStep(
  assertShopperOwnsCustomOrderStepId,
  async ({ custom_order, actor, access_token }: AssertShopperOwnsCustomOrderStepInput) => {
    if (actor.type === CustomOrderActorType.ADMIN || actor.type === CustomOrderActorType.SYSTEM) {
      return
    }
    const customerId = actor.type === CustomOrderActorType.CUSTOMER ? actor.id : null
    if (!shopperOwnsCustomOrder(custom_order, { customerId, token: access_token })) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Custom order with id: ${custom_order.id} was not found`)
    }
  }
)
