import { fromStripeAmount, stripeDecimals, toStripeAmount } from "../stripe-amount"

describe("Stripe amounts", () => {
  it.each([
    [45.5, "usd", 4550],
    [0.29, "usd", 29],
    [19.99, "eur", 1999],
    [1200, "jpy", 1200],
    [1.234, "kwd", 1234],
    [52, "USD", 5200],
  ])("%s %s is %s for Stripe", (amount, currency, expected) => {
    expect(toStripeAmount(amount, currency)).toEqual(expected)
    expect(fromStripeAmount(expected, currency)).toEqual(amount)
  })

  it("knows zero- and three-decimal currencies", () => {
    expect(stripeDecimals("jpy")).toEqual(0)
    expect(stripeDecimals("bhd")).toEqual(3)
    expect(stripeDecimals("usd")).toEqual(2)
  })
})
