import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelCustomOrderWorkflow } from "../../../../../workflows/custom-order"
import { presentedAccessToken, shopperActor } from "../../../../utils/custom-order-actor"
import { refetchCustomOrder } from "../../../../utils/refetch-custom-order"
import { StoreCancelCustomOrderType } from "../../validators"

/** The shopper cancels their own request; someone else's answers 404 (checked in the workflow). */
export async function POST(req: MedusaRequest<StoreCancelCustomOrderType>, res: MedusaResponse) {
  await cancelCustomOrderWorkflow(req.scope).run({
    input: {
      custom_order_id: req.params.id,
      actor: shopperActor(req),
      access_token: presentedAccessToken(req),
      reason: req.validatedBody.reason ?? null,
    },
  })
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
