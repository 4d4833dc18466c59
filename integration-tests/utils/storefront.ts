import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The least a store API test needs: a publishable key, and a store selling in
 * USD (custom order quotes must be in one of the store's currencies). Much
 * cheaper than the whole demo shop.
 */
export async function createStorefront(container: MedusaContainer) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "" }] },
  })
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_currencies: [{ currency_code: "usd", is_default: true }] },
    },
  })
  return { "x-publishable-api-key": result[0].token }
}
