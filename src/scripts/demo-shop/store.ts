import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { SHOP_CURRENCY, SHOP_NAME } from "./catalog"

type StoreDefaults = { salesChannelId: string; regionId: string; locationId: string }

/** Names the store, sells in USD and points its defaults at the shop's channel, region and studio. */
export async function ensureStoreSettings(container: MedusaContainer, defaults: StoreDefaults) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  const currencies = store.supported_currencies ?? []
  const upToDate =
    store.name === SHOP_NAME &&
    currencies.length === 1 &&
    currencies[0].currency_code === SHOP_CURRENCY &&
    currencies[0].is_default &&
    store.default_sales_channel_id === defaults.salesChannelId &&
    store.default_region_id === defaults.regionId &&
    store.default_location_id === defaults.locationId
  if (upToDate) {
    return { created: false }
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: SHOP_NAME,
        supported_currencies: [{ currency_code: SHOP_CURRENCY, is_default: true }],
        default_sales_channel_id: defaults.salesChannelId,
        default_region_id: defaults.regionId,
        default_location_id: defaults.locationId,
      },
    },
  })
  return { created: true }
}
