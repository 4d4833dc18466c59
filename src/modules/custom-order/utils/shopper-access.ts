import { accessTokenMatches } from "./access-token"

export type ShopperCredentials = {
  /** the logged-in customer, if any */
  customerId?: string | null
  /** the value of the x-custom-order-token header, if any */
  token?: string | null
}

/** A shopper may see and cancel a request that is theirs: linked to their account, or opened by its token. */
export function shopperOwnsCustomOrder(
  request: { customer_id?: string | null; access_token_hash?: string | null },
  shopper: ShopperCredentials
): boolean {
  if (shopper.customerId && request.customer_id && shopper.customerId === request.customer_id) {
    return true
  }
  return accessTokenMatches(shopper.token, request.access_token_hash)
}
