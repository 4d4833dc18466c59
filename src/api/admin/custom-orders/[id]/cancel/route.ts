import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelCustomOrderWorkflow } from "../../../../../workflows/custom-order"
import { adminActor } from "../../../../utils/custom-order-actor"
import { refetchCustomOrder } from "../../../../utils/refetch-custom-order"
import { AdminCancelCustomOrderType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminCancelCustomOrderType>, res: MedusaResponse) {
  await cancelCustomOrderWorkflow(req.scope).run({
    input: { custom_order_id: req.params.id, actor: adminActor(req), reason: req.validatedBody.reason },
  })
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
