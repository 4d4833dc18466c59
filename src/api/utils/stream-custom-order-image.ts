import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CUSTOM_ORDER_MODULE } from "../../modules/custom-order"
import CustomOrderModuleService from "../../modules/custom-order/service"

/**
 * Sends one image of a request from the File module: a reference image
 * (`:image_id`) or a photo of the finished piece (`:photo_id`). The caller has
 * already checked who is asking; these are private files that nothing else serves.
 */
export async function streamCustomOrderImage(req: MedusaRequest, res: MedusaResponse, kind: "image" | "photo" = "image") {
  const customOrders = req.scope.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
  const id = kind === "photo" ? req.params.photo_id : req.params.image_id
  const filter = { id, custom_order_id: req.params.id }
  const [image] =
    kind === "photo" ? await customOrders.listCustomOrderPhotographs(filter) : await customOrders.listCustomOrderImages(filter)
  if (!image) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${kind === "photo" ? "Photo" : "Image"} with id: ${id} was not found`)
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
