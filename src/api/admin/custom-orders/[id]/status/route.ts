import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { advanceCustomOrderStatusWorkflow } from "../../../../../workflows/custom-order"
import { adminActor } from "../../../../utils/custom-order-actor"
import { refetchCustomOrder } from "../../../../utils/refetch-custom-order"
import { AdminAdvanceCustomOrderStatusType } from "../../validators"

/** Production steps: in_production, completed (shipped follows the order's fulfilment). */
export async function POST(req: AuthenticatedMedusaRequest<AdminAdvanceCustomOrderStatusType>, res: MedusaResponse) {
  await advanceCustomOrderStatusWorkflow(req.scope).run({
    input: {
      custom_order_id: req.params.id,
      status: req.validatedBody.status,
      actor: adminActor(req),
      reason: req.validatedBody.reason ?? null,
    },
  })
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
