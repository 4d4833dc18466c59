import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCustomOrder } from "../../../utils/refetch-custom-order"

/** A shopper's own request (their account, or the x-custom-order-token header); checked by requireShopperAccess. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
