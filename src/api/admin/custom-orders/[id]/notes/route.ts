import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addCustomOrderNoteWorkflow } from "../../../../../workflows/custom-order"
import { refetchCustomOrder } from "../../../../utils/refetch-custom-order"
import { AdminAddCustomOrderNoteType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminAddCustomOrderNoteType>, res: MedusaResponse) {
  await addCustomOrderNoteWorkflow(req.scope).run({
    input: { custom_order_id: req.params.id, author_id: req.auth_context.actor_id, text: req.validatedBody.text },
  })
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
