import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomOrderRoutes } from "./admin/custom-orders/middlewares"
import { spiritBeadsErrorHandler } from "./error-handler"
import { customOrderHookRoutes } from "./hooks/custom-orders/middlewares"
import { storeCustomOrderRoutes } from "./store/custom-orders/middlewares"

export default defineMiddlewares({
  errorHandler: spiritBeadsErrorHandler,
  routes: [...storeCustomOrderRoutes, ...adminCustomOrderRoutes, ...customOrderHookRoutes],
})
