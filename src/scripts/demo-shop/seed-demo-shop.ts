import { MedusaContainer } from "@medusajs/framework/types"
import { ensureCategories } from "./categories"
import { ensureInventoryLevels } from "./inventory"
import { ensureProducts } from "./products"
import { ensurePublishableKey } from "./publishable-key"
import { ensureRegion } from "./region"
import { ensureSalesChannel } from "./sales-channel"
import { ensureShipping } from "./shipping"
import { ensureStockLocation } from "./stock-location"
import { ensureStoreSettings } from "./store"

export type DemoShopSummary = {
  publishableKey: string
  salesChannelId: string
  regionId: string
  stockLocationId: string
  /** What this run added; all zero/false on a second run. */
  added: {
    salesChannel: boolean
    region: boolean
    stockLocation: boolean
    shipping: boolean
    publishableKey: boolean
    store: boolean
    categories: number
    products: number
    inventoryLevels: number
  }
}

/**
 * Puts the demo shop in the database through Medusa's core workflows. Every
 * piece is looked up first and created only when missing, so running it again
 * changes nothing, and a run that stopped half-way is completed by the next.
 */
export async function seedDemoShop(container: MedusaContainer): Promise<DemoShopSummary> {
  const salesChannel = await ensureSalesChannel(container)
  const region = await ensureRegion(container)
  const location = await ensureStockLocation(container, salesChannel.salesChannel.id)
  const shipping = await ensureShipping(container, location.location.id, region.region.id)
  const key = await ensurePublishableKey(container, salesChannel.salesChannel.id)
  const store = await ensureStoreSettings(container, {
    salesChannelId: salesChannel.salesChannel.id,
    regionId: region.region.id,
    locationId: location.location.id,
  })
  const categories = await ensureCategories(container)
  const products = await ensureProducts(container, {
    salesChannelId: salesChannel.salesChannel.id,
    shippingProfileId: shipping.shippingProfileId,
    categoryIds: categories.idsByHandle,
  })
  const inventory = await ensureInventoryLevels(container, location.location.id)

  return {
    publishableKey: key.publishableKey,
    salesChannelId: salesChannel.salesChannel.id,
    regionId: region.region.id,
    stockLocationId: location.location.id,
    added: {
      salesChannel: salesChannel.created,
      region: region.created,
      stockLocation: location.created,
      shipping: shipping.created,
      publishableKey: key.created,
      store: store.created,
      categories: categories.created,
      products: products.created,
      inventoryLevels: inventory.created,
    },
  }
}
