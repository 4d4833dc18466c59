import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { referenceImages } from "./reference-images"
import { storeCustomOrderQueryConfig } from "./query-config"
import { requireShopperAccess } from "./shopper-access"
import { limitSubmissionsPerEmail, limitSubmissionsPerIp } from "./submission-rate-limit"
import {
  StoreCancelCustomOrder,
  StoreGetCustomOrderParams,
  StoreListCustomOrdersParams,
  StoreSubmitCustomOrder,
} from "./validators"

/** Guests and logged-in customers alike; a logged-in customer's request is linked to them. */
const customerIfLoggedIn = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeCustomOrderRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/custom-orders",
    method: ["POST"],
    middlewares: [
      customerIfLoggedIn,
      limitSubmissionsPerIp,
      referenceImages.parse,
      validateAndTransformBody(StoreSubmitCustomOrder),
      referenceImages.assertImages,
      limitSubmissionsPerEmail,
      validateAndTransformQuery(StoreGetCustomOrderParams, storeCustomOrderQueryConfig.retrieve),
    ],
  },
  {
    matcher: "/store/custom-orders/:id",
    method: ["GET"],
    middlewares: [
      customerIfLoggedIn,
      requireShopperAccess,
      validateAndTransformQuery(StoreGetCustomOrderParams, storeCustomOrderQueryConfig.retrieve),
    ],
  },
  {
    matcher: "/store/custom-orders/:id/cancel",
    method: ["POST"],
    middlewares: [
      customerIfLoggedIn,
      validateAndTransformBody(StoreCancelCustomOrder),
      validateAndTransformQuery(StoreGetCustomOrderParams, storeCustomOrderQueryConfig.retrieve),
    ],
  },
  {
    matcher: "/store/custom-orders/:id/images/:image_id",
    method: ["GET"],
    middlewares: [customerIfLoggedIn, requireShopperAccess],
  },
  {
    matcher: "/store/customers/me/custom-orders",
    method: ["GET"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreListCustomOrdersParams, storeCustomOrderQueryConfig.list),
    ],
  },
]
