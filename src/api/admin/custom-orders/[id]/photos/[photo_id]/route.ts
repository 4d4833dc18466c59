import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamCustomOrderImage } from "../../../../../utils/stream-custom-order-image"

/** A photo of the finished piece, for the dashboard (admins only, as every /admin route). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await streamCustomOrderImage(req, res, "photo")
}
