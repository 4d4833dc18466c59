import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamCustomOrderImage } from "../../../../../utils/stream-custom-order-image"

/** A reference image of the shopper's own request (checked by requireShopperAccess). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await streamCustomOrderImage(req, res)
}
