import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoShop } from "./demo-shop/seed-demo-shop"

/**
 * `npm run seed`: the demo shop (store, US region in USD, studio stock location
 * with shipping, sales channel, publishable key, categories, products, stock).
 * Safe to run again: it only adds what is missing.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const summary = await seedDemoShop(container)
  logger.info(`Demo shop seeded: ${JSON.stringify(summary.added)}`)
  logger.info(`Publishable API key: ${summary.publishableKey}`)
}
