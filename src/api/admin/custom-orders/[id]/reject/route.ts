import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectCustomOrderWorkflow } from "../../../../../workflows/custom-order"
import { adminActor } from "../../../../utils/custom-order-actor"
import { refetchCustomOrder } from "../../../../utils/refetch-custom-order"
import { AdminRejectCustomOrderType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminRejectCustomOrderType>, res: MedusaResponse) {
  await rejectCustomOrderWorkflow(req.scope).run({
    input: { custom_order_id: req.params.id, actor: adminActor(req), reason: req.validatedBody.reason },
  })
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
