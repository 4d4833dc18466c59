import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_MODULE } from "../../modules/stripe"
import StripeModuleService from "../../modules/stripe/service"
import { REGION_COUNTRIES, REGION_NAME, SHOP_CURRENCY } from "./catalog"

const SYSTEM_PROVIDER = "pp_system_default"
const STRIPE_PROVIDER = "pp_stripe_stripe"

/**
 * The US region in USD, with its tax region, so carts can be priced and taxed.
 * Paid by card through Medusa's Stripe provider when Stripe is on (added to an
 * existing region the first time Stripe is configured), else the system provider.
 */
export async function ensureRegion(container: MedusaContainer) {
  const regions = container.resolve(Modules.REGION)
  const tax = container.resolve(Modules.TAX)
  const stripeOn = container.resolve<StripeModuleService>(STRIPE_MODULE).isEnabled()
  const providers = stripeOn ? [SYSTEM_PROVIDER, STRIPE_PROVIDER] : [SYSTEM_PROVIDER]

  let created = false
  let [region] = await regions.listRegions({ name: REGION_NAME })
  if (region && stripeOn) {
    // payment providers are linked to regions: read them through Query
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: region.id } })
    const current = ((data[0]?.payment_providers ?? []) as ({ id: string } | null)[]).map((p) => p!.id)
    if (!current.includes(STRIPE_PROVIDER)) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: region.id }, update: { payment_providers: [...current, STRIPE_PROVIDER] } },
      })
      created = true
    }
  }
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: SHOP_CURRENCY,
            countries: REGION_COUNTRIES,
            payment_providers: providers,
          },
        ],
      },
    })
    region = result[0]
    created = true
  }

  const taxRegions = await tax.listTaxRegions({ country_code: REGION_COUNTRIES })
  const missingTaxCountries = REGION_COUNTRIES.filter(
    (country) => !taxRegions.some((t) => t.country_code === country && !t.province_code)
  )
  if (missingTaxCountries.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTaxCountries.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
      })),
    })
    created = true
  }
  return { region, created }
}
