/** A shipping option as the order workflow reads it through Query. */
export type ShippingOptionCandidate = {
  id: string
  name: string
  shipping_profile_id?: string | null
  data?: Record<string, unknown> | null
  rules?: ({ attribute: string; value: unknown; operator?: string } | null)[] | null
  service_zone?: {
    geo_zones?: ({ country_code?: string | null } | null)[] | null
    fulfillment_set?: { type?: string | null } | null
  } | null
  prices?: ({ amount: number | string; currency_code?: string | null } | null)[] | null
}

const isReturnOption = (option: ShippingOptionCandidate) =>
  (option.rules ?? []).some((rule) => rule?.attribute === "is_return" && String(rule.value) === "true")

const ships = (option: ShippingOptionCandidate) => (option.service_zone?.fulfillment_set?.type ?? "shipping") === "shipping"

const reaches = (option: ShippingOptionCandidate, countryCode: string | null | undefined) =>
  !countryCode ||
  (option.service_zone?.geo_zones ?? []).some((zone) => zone?.country_code?.toLowerCase() === countryCode.toLowerCase())

const priceIn = (option: ShippingOptionCandidate, currencyCode: string) => {
  const price = (option.prices ?? []).find((p) => p?.currency_code?.toLowerCase() === currencyCode.toLowerCase())
  return price ? Number(price.amount) : Number.POSITIVE_INFINITY
}

/**
 * The shipping option a paid custom order ships with (the quote includes
 * shipping): an outbound option that reaches the shipping address's country,
 * the cheapest in the order's currency, then by name. Null when the shop has
 * none; the order is then created without a shipping method.
 */
export function chooseCustomOrderShippingOption(
  options: (ShippingOptionCandidate | null)[],
  target: { country_code?: string | null; currency_code: string }
): ShippingOptionCandidate | null {
  const candidates = options
    .filter((option): option is ShippingOptionCandidate => !!option)
    .filter((option) => !isReturnOption(option) && ships(option) && reaches(option, target.country_code))
  candidates.sort(
    (a, b) => priceIn(a, target.currency_code) - priceIn(b, target.currency_code) || a.name.localeCompare(b.name)
  )
  return candidates[0] ?? null
}
