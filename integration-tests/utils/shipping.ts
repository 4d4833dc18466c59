import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ensureSalesChannel } from "../../src/scripts/demo-shop/sales-channel"
import { ensureShipping } from "../../src/scripts/demo-shop/shipping"
import { ensureStockLocation } from "../../src/scripts/demo-shop/stock-location"
import { createStorefront } from "./storefront"

/**
 * createStorefront plus what shipping an order needs, as the demo shop has it:
 * the studio's stock location with Medusa's manual fulfilment provider, a US
 * service zone, and the Standard ($5) and Express ($15) options. No products.
 */
export async function createShippingStorefront(container: MedusaContainer) {
  const headers = await createStorefront(container)
  const [store] = await container.resolve(Modules.STORE).listStores()
  const { salesChannel } = await ensureSalesChannel(container)
  const { location } = await ensureStockLocation(container, salesChannel.id)
  await ensureShipping(container, location.id, store.default_region_id!)
  return { headers, stockLocationId: location.id }
}
