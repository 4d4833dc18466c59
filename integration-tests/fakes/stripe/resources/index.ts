import { Routes } from "../router"
import { checkoutSessionRoutes } from "./checkout-sessions"
import { customerRoutes } from "./customers"
import { eventRoutes } from "./events"
import { paymentIntentRoutes } from "./payment-intents"
import { paymentLinkRoutes } from "./payment-links"
import { paymentMethodRoutes } from "./payment-methods"
import { priceRoutes } from "./prices"
import { productRoutes } from "./products"
import { refundRoutes } from "./refunds"

/** Every endpoint the fake answers. */
export const ROUTES: Routes = [
  ...productRoutes,
  ...priceRoutes,
  ...paymentLinkRoutes,
  ...checkoutSessionRoutes,
  ...paymentIntentRoutes,
  ...refundRoutes,
  ...customerRoutes,
  ...paymentMethodRoutes,
  ...eventRoutes,
]
