import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCustomOrder } from "../../../utils/refetch-custom-order"

/** One request with its images, notes, quotes, history, customer and order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
