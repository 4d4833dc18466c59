import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncCatalogToStripe } from "../workflows/stripe-catalog"

/** `npm run stripe:sync`: mirrors the whole catalogue to Stripe now, and prints what it changed. */
export default async function stripeSyncCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const report = await syncCatalogToStripe(container)
  logger.info(`Stripe catalogue sync: ${report.products} products checked, ${report.changed.length} changed, ${report.failed.length} failed`)
  for (const change of report.changed) {
    const prices = change.prices.map((p) => `${p.variant_id} ${p.currency_code} ${p.change}`).join(", ")
    logger.info(`  ${change.product_id}: product ${change.product}${prices ? `; prices: ${prices}` : ""}`)
  }
  for (const failure of report.failed) {
    logger.warn(`  ${failure.product_id}: ${failure.error}`)
  }
}
