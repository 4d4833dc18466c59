import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_PRODUCTS, skuOf } from "./catalog"

/**
 * Puts each demo piece's stock at the studio, once: an item that already has a
 * level there keeps it (sales and adjustments since the first seed are not undone).
 */
export async function ensureInventoryLevels(container: MedusaContainer, locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(DEMO_PRODUCTS.map((p) => [skuOf(p), p.stock]))
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const missing = items.filter(
    (item) => !item.location_levels?.some((level: { location_id?: string } | null) => level?.location_id === locationId)
  )
  if (missing.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: missing.map((item) => ({
          inventory_item_id: item.id,
          location_id: locationId,
          stocked_quantity: stockBySku.get(item.sku as string) ?? 0,
        })),
      },
    })
  }
  return { created: missing.length }
}
