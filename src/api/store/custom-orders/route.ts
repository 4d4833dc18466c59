import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitCustomOrderWorkflow } from "../../../workflows/custom-order"
import { loggedInCustomerId } from "../../utils/custom-order-actor"
import { uploadedImages } from "../../utils/image-upload"
import { refetchCustomOrder } from "../../utils/refetch-custom-order"
import { submitterIpHash } from "./submission-rate-limit"
import { StoreSubmitCustomOrderType } from "./validators"

/** Submit a custom order request (JSON, or multipart/form-data with `images`). */
export async function POST(req: MedusaRequest<StoreSubmitCustomOrderType>, res: MedusaResponse) {
  const { result } = await submitCustomOrderWorkflow(req.scope).run({
    input: {
      request: req.validatedBody,
      images: uploadedImages(req),
      customer_id: loggedInCustomerId(req),
      submitter_ip_hash: submitterIpHash(req),
    },
  })
  const custom_order = await refetchCustomOrder(req.scope, result.custom_order.id, req.queryConfig.fields)
  // A guest's token is shown here once; only its hash is kept.
  res.json({ custom_order, access_token: result.access_token })
}
