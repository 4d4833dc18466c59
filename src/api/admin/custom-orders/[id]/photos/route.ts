import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addCustomOrderPhotosWorkflow } from "../../../../../workflows/custom-order"
import { adminActor } from "../../../../utils/custom-order-actor"
import { uploadedImages } from "../../../../utils/image-upload"
import { refetchCustomOrder } from "../../../../utils/refetch-custom-order"

/** Adds photos of the finished piece (multipart/form-data, files under `photos`); they go with the shipped message. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await addCustomOrderPhotosWorkflow(req.scope).run({
    input: { custom_order_id: req.params.id, photos: uploadedImages(req), actor: adminActor(req) },
  })
  const custom_order = await refetchCustomOrder(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ custom_order })
}
