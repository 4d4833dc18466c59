import { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_OFF_MESSAGE } from "../service"
import { StripeModuleOptions } from "../types"

/** Says once at start whether Stripe is on, and warns when its calls go elsewhere. Never prints a key or secret. */
export default async function announceStripeStatus({ container, options }: LoaderOptions<StripeModuleOptions>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!options?.apiKey) {
    logger.warn(STRIPE_OFF_MESSAGE)
    return
  }
  const mode = options.apiKey.includes("_live_") ? "live" : "test"
  logger.info(`Stripe is on (${mode} mode)`)
  if (options.apiHost && process.env.NODE_ENV !== "test") {
    logger.warn(`STRIPE_API_HOST is set: every Stripe call goes to ${options.apiHost}, not to Stripe`)
  }
  if (!options.customOrderWebhookSecret) {
    logger.warn("STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET is not set: payments of custom orders cannot be received")
  }
}
