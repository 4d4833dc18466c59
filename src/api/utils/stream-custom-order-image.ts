import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CUSTOM_ORDER_MODULE } from "../../modules/custom-order"
import CustomOrderModuleService from "../../modules/custom-order/service"

/**
 * Sends one reference image of a request from the File module. The caller has
 * already checked who is asking; images are private files that nothing else serves.
 */
export async function streamCustomOrderImage(req: MedusaRequest, res: MedusaResponse) {
  const customOrders = req.scope.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
  const [image] = await customOrders.listCustomOrderImages({
    id: req.params.image_id,
    custom_order_id: req.params.id,
  })
  if (!image) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Image with id: ${req.params.image_id} was not found`)
  }
  const files = req.scope.resolve(Modules.FILE)
  const stream = await files.getDownloadStream(image.file_id)
  res.setHeader("Content-Type", image.content_type)
  res.setHeader("Content-Length", String(image.size))
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Disposition", `inline; filename="${image.original_name.replace(/["\\\r\n]/g, "_")}"`)
  stream.pipe(res)
}
