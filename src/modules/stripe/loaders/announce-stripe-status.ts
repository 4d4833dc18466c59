import { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_OFF_MESSAGE } from "../service"
import { StripeModuleOptions } from "../types"

/** Says once at start whether Stripe is on. Never prints the key. */
export default async function announceStripeStatus({
  container,
  options,
}: LoaderOptions<StripeModuleOptions>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (options?.apiKey) {
    const mode = options.apiKey.includes("_live_") ? "live" : "test"
    logger.info(`Stripe is on (${mode} mode)`)
  } else {
    logger.warn(STRIPE_OFF_MESSAGE)
  }
}
