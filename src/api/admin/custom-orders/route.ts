import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Requests, filtered by status, e-mail, customer, created_at and free text; sorted; paginated. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: custom_orders, metadata } = await query.graph({
    entity: "custom_order",
    ...req.queryConfig,
    filters: req.filterableFields,
  })
  res.json({ custom_orders, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
