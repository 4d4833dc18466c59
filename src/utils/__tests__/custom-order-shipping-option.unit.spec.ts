import { chooseCustomOrderShippingOption, ShippingOptionCandidate } from "../custom-order-shipping-option"

const zone = (...countries: string[]) => ({
  geo_zones: countries.map((country_code) => ({ country_code })),
  fulfillment_set: { type: "shipping" },
})
const option = (id: string, amount: number, extra: Partial<ShippingOptionCandidate> = {}): ShippingOptionCandidate => ({
  id,
  name: id,
  rules: [{ attribute: "is_return", value: "false", operator: "eq" }],
  service_zone: zone("us"),
  prices: [{ amount, currency_code: "usd" }],
  ...extra,
})

describe("chooseCustomOrderShippingOption", () => {
  const target = { country_code: "US", currency_code: "usd" }

  it("takes the cheapest outbound option that reaches the country", () => {
    const chosen = chooseCustomOrderShippingOption(
      [
        option("express", 15),
        option("standard", 5),
        option("return", 0, { rules: [{ attribute: "is_return", value: "true", operator: "eq" }] }),
        option("canada", 1, { service_zone: zone("ca") }),
        option("pickup", 0, { service_zone: { geo_zones: [{ country_code: "us" }], fulfillment_set: { type: "pickup" } } }),
        null,
      ],
      target
    )
    expect(chosen?.id).toEqual("standard")
  })

  it("prefers an option priced in the currency, then the name", () => {
    const euroOnly = option("a-euro", 1, { prices: [{ amount: 1, currency_code: "eur" }] })
    expect(chooseCustomOrderShippingOption([euroOnly, option("b", 9)], target)?.id).toEqual("b")
    expect(chooseCustomOrderShippingOption([option("b", 5), option("a", 5)], target)?.id).toEqual("a")
  })

  it("takes any country when the address has none, and nothing when nothing fits", () => {
    expect(chooseCustomOrderShippingOption([option("canada", 1, { service_zone: zone("ca") })], { currency_code: "usd" })?.id).toEqual("canada")
    expect(chooseCustomOrderShippingOption([option("canada", 1, { service_zone: zone("ca") })], target)).toBeNull()
    expect(chooseCustomOrderShippingOption([], target)).toBeNull()
  })
})
