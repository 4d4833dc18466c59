import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_MODULE } from "../../modules/stripe"
import StripeModuleService from "../../modules/stripe/service"
import { syncProductToStripeWorkflow } from "./sync-product-to-stripe"

export type CatalogSyncReport = {
  products: number
  changed: { product_id: string; product: string; prices: { variant_id: string; currency_code: string; change: string }[] }[]
  failed: { product_id: string; error: string }[]
}

/**
 * Every product (and every product Stripe still mirrors, deleted ones too)
 * through the sync workflow: what `npm run stripe:sync` runs. Not a workflow
 * itself: it loops over products and runs one workflow per product.
 */
export async function syncCatalogToStripe(container: MedusaContainer): Promise<CatalogSyncReport> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stripeModule = container.resolve<StripeModuleService>(STRIPE_MODULE)
  stripeModule.assertEnabled()
  const { data: products } = await query.graph({ entity: "product", fields: ["id"] })
  const mirrored = await stripeModule.listStripeProductMirrors({}, { select: ["product_id"] })
  const ids = [...new Set([...products.map((p: { id: string }) => p.id), ...mirrored.map((m) => m.product_id)])]

  const report: CatalogSyncReport = { products: ids.length, changed: [], failed: [] }
  for (const product_id of ids) {
    const { result, errors } = await syncProductToStripeWorkflow(container).run({ input: { product_id }, throwOnError: false })
    if (errors.length) {
      report.failed.push({ product_id, error: errors[0].error?.message ?? "unknown error" })
    } else if (result.product !== "unchanged" || result.prices.length) {
      report.changed.push({ product_id, ...result })
    }
  }
  return report
}
