import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteCustomOrderWorkflow } from "../../../../../workflows/custom-order"
import { adminActor } from "../../../../utils/custom-order-actor"
import { refetchCustomOrder } from "../../../../utils/refetch-custom-order"
import { AdminQuoteCustomOrderType } from "../../validators"

/** Quote and approve a request, or revise an approved one's quote. */
export async function POST(req: AuthenticatedMedusaRequest<AdminQuoteCustomOrderType>, res: MedusaResponse) {
  await quoteCustomOrderWorkflow(req.scope).run({
    input: { custom_order_id: req.params.id, quote: req.validatedBody, actor: adminActor(req) },
  })
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
