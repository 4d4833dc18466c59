import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inChronologicalOrder } from "../../utils/refetch-custom-order"

/** Requests, filtered by status, e-mail, customer, created_at and free text; sorted; paginated. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "custom_order",
    ...req.queryConfig,
    filters: req.filterableFields,
  })
  const custom_orders = data.map(inChronologicalOrder)
  res.json({ custom_orders, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
