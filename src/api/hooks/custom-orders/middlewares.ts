import { MiddlewareRoute } from "@medusajs/framework/http"

export const customOrderHookRoutes: MiddlewareRoute[] = [
  {
    // Stripe signs the exact bytes it sends: keep them for verification.
    matcher: "/hooks/custom-orders/stripe",
    method: ["POST"],
    bodyParser: { preserveRawBody: true },
    middlewares: [],
  },
]
