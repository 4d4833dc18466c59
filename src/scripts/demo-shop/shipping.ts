import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  FULFILLMENT_PROVIDER_ID,
  FULFILLMENT_SET_NAME,
  REGION_COUNTRIES,
  SERVICE_ZONE_NAME,
  SHIPPING_OPTIONS,
  SHIPPING_PROFILE_NAME,
  SHOP_CURRENCY,
} from "./catalog"

async function ensureShippingProfile(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (profile) {
    return { profile, created: false }
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: SHIPPING_PROFILE_NAME, type: "default" }] },
  })
  return { profile: result[0], created: true }
}

type FulfillmentSetSummary = { id: string; name: string; service_zones?: ({ id: string; name: string } | null)[] }

async function ensureServiceZone(container: MedusaContainer, locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const findSet = async () => {
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id", "fulfillment_sets.name", "fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name"],
      filters: { id: locationId },
    })
    return data[0]?.fulfillment_sets?.find((set: FulfillmentSetSummary | null) => set?.name === FULFILLMENT_SET_NAME)
  }

  let created = false
  let set = await findSet()
  if (!set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: locationId, fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" } },
    })
    set = await findSet()
    created = true
  }
  const existingZone = set!.service_zones?.find((zone: { id: string; name: string } | null) => zone?.name === SERVICE_ZONE_NAME)
  if (existingZone) {
    return { serviceZoneId: existingZone.id, created }
  }
  const { result } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          fulfillment_set_id: set!.id,
          name: SERVICE_ZONE_NAME,
          geo_zones: REGION_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    },
  })
  return { serviceZoneId: result[0].id, created: true }
}

/**
 * Shipping for the studio: the default shipping profile, a fulfilment set with
 * a US service zone, and flat-rate Standard and Express options.
 */
export async function ensureShipping(container: MedusaContainer, locationId: string, regionId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const profile = await ensureShippingProfile(container)
  const zone = await ensureServiceZone(container, locationId)

  const existing = await fulfillment.listShippingOptions({ service_zone: { id: zone.serviceZoneId } })
  const missing = SHIPPING_OPTIONS.filter((option) => !existing.some((e) => e.name === option.name))
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: FULFILLMENT_PROVIDER_ID,
        service_zone_id: zone.serviceZoneId,
        shipping_profile_id: profile.profile.id,
        type: { label: option.label, description: option.description, code: option.code },
        prices: [
          { currency_code: SHOP_CURRENCY, amount: option.amount },
          { region_id: regionId, amount: option.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }
  return {
    shippingProfileId: profile.profile.id,
    created: profile.created || zone.created || missing.length > 0,
  }
}
