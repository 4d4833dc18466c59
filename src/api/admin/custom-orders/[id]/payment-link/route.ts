import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendCustomOrderPaymentLinkWorkflow } from "../../../../../workflows/custom-order"
import { refetchCustomOrder } from "../../../../utils/refetch-custom-order"

/** Send the payment link again (re-created when none is active). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await resendCustomOrderPaymentLinkWorkflow(req.scope).run({ input: { custom_order_id: req.params.id } })
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
