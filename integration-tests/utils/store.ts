import { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoShop } from "../../src/scripts/demo-shop/seed-demo-shop"

/** Seeds the demo shop and returns the headers a storefront sends (the publishable key). */
export async function seedShopAndStoreHeaders(container: MedusaContainer) {
  const summary = await seedDemoShop(container)
  return { summary, headers: { headers: { "x-publishable-api-key": summary.publishableKey } } }
}
