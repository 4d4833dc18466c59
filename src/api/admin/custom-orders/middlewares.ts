import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { imageUpload } from "../../utils/image-upload"
import { MAX_REFERENCE_IMAGE_BYTES, MAX_REFERENCE_IMAGES } from "../../store/custom-orders/validators"
import { applyFreeTextSearch } from "./free-text-search"
import { adminCustomOrderQueryConfig } from "./query-config"
import {
  AdminAddCustomOrderNote,
  AdminAddCustomOrderPhotos,
  AdminAdvanceCustomOrderStatus,
  AdminCancelCustomOrder,
  AdminGetCustomOrderParams,
  AdminListCustomOrdersParams,
  AdminQuoteCustomOrder,
  AdminRejectCustomOrder,
} from "./validators"

// Medusa already requires an authenticated admin (user) on every /admin route.
const retrieve = validateAndTransformQuery(AdminGetCustomOrderParams, adminCustomOrderQueryConfig.retrieve)

/** Photos of the finished piece: the same checks as reference images (count, size, type by the bytes). */
const finishedPhotos = imageUpload({
  field: "photos",
  maxFiles: MAX_REFERENCE_IMAGES,
  maxBytes: MAX_REFERENCE_IMAGE_BYTES,
  required: true,
})

export const adminCustomOrderRoutes: MiddlewareRoute[] = [
  {
    matcher: "/admin/custom-orders",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminListCustomOrdersParams, adminCustomOrderQueryConfig.list),
      applyFreeTextSearch,
    ],
  },
  { matcher: "/admin/custom-orders/:id", method: ["GET"], middlewares: [retrieve] },
  {
    matcher: "/admin/custom-orders/:id/notes",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAddCustomOrderNote), retrieve],
  },
  {
    matcher: "/admin/custom-orders/:id/quote",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminQuoteCustomOrder), retrieve],
  },
  {
    matcher: "/admin/custom-orders/:id/reject",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminRejectCustomOrder), retrieve],
  },
  {
    matcher: "/admin/custom-orders/:id/cancel",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCancelCustomOrder), retrieve],
  },
  { matcher: "/admin/custom-orders/:id/payment-link", method: ["POST"], middlewares: [retrieve] },
  {
    matcher: "/admin/custom-orders/:id/photos",
    method: ["POST"],
    middlewares: [
      finishedPhotos.parse,
      validateAndTransformBody(AdminAddCustomOrderPhotos),
      finishedPhotos.assertImages,
      retrieve,
    ],
  },
  {
    matcher: "/admin/custom-orders/:id/status",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAdvanceCustomOrderStatus), retrieve],
  },
]
