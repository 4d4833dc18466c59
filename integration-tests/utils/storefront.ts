import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createRegionsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The least a store API test needs: a publishable key, a store selling in USD
 * (custom order quotes must be in one of the store's currencies) and a US
 * region as the store's default (orders need a region). Much cheaper than the
 * whole demo shop.
 */
export async function createStorefront(container: MedusaContainer) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "" }] },
  })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "United States", currency_code: "usd", countries: ["us"] }] },
  })
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_currencies: [{ currency_code: "usd", is_default: true }], default_region_id: regions[0].id },
    },
  })
  return { "x-publishable-api-key": result[0].token }
}
