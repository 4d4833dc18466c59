import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { CustomOrderActor, CustomOrderActorType } from "../../modules/custom-order"

/** The header a guest presents their access token in. */
export const CUSTOM_ORDER_TOKEN_HEADER = "x-custom-order-token"

/** The logged-in customer's id on a store route that also admits guests, or null. */
export function loggedInCustomerId(req: MedusaRequest): string | null {
  return (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null
}

export function shopperActor(req: MedusaRequest): CustomOrderActor {
  const customerId = loggedInCustomerId(req)
  return customerId
    ? { type: CustomOrderActorType.CUSTOMER, id: customerId }
    : { type: CustomOrderActorType.GUEST, id: null }
}

export function adminActor(req: AuthenticatedMedusaRequest): CustomOrderActor {
  return { type: CustomOrderActorType.ADMIN, id: req.auth_context.actor_id }
}

export function presentedAccessToken(req: MedusaRequest): string | null {
  return req.get(CUSTOM_ORDER_TOKEN_HEADER) || null
}
