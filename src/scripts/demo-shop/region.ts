import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { REGION_COUNTRIES, REGION_NAME, SHOP_CURRENCY } from "./catalog"

/** The US region in USD, with its tax region, so carts can be priced and taxed. */
export async function ensureRegion(container: MedusaContainer) {
  const regions = container.resolve(Modules.REGION)
  const tax = container.resolve(Modules.TAX)

  let created = false
  let [region] = await regions.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: SHOP_CURRENCY,
            countries: REGION_COUNTRIES,
            payment_providers: ["pp_system_default"],
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
