import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { FULFILLMENT_PROVIDER_ID, STOCK_LOCATION } from "./catalog"

/**
 * The studio the pieces ship from: a stock location sold through the shop's
 * sales channel and fulfilled by Medusa's manual fulfilment provider.
 */
export async function ensureStockLocation(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)

  let created = false
  let [location] = await stockLocations.listStockLocations({ name: STOCK_LOCATION.name })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [STOCK_LOCATION] },
    })
    location = result[0]
    created = true
  }

  const {
    data: [linked],
  } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { id: location.id },
  })

  if (!linked.sales_channels?.some((sc: { id: string } | null) => sc?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
    created = true
  }
  if (!linked.fulfillment_providers?.some((fp: { id: string } | null) => fp?.id === FULFILLMENT_PROVIDER_ID)) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
        },
      ],
    })
    created = true
  }
  return { location, created }
}
