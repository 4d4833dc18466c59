import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomOrderRoutes } from "./admin/custom-orders/middlewares"
import { storeCustomOrderRoutes } from "./store/custom-orders/middlewares"

export default defineMiddlewares({
  routes: [...storeCustomOrderRoutes, ...adminCustomOrderRoutes],
})
