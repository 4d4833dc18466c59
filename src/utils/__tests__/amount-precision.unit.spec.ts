import { decimalPlaces, fitsCurrencyPrecision } from "../amount-precision"

describe("amount precision", () => {
  it.each([
    [12, 0],
    [12.5, 1],
    [12.05, 2],
    ["12.50", 1],
    ["12.500", 1],
    ["7", 0],
    [0.1 + 0.2, 17],
  ])("%s has %s significant decimals", (amount, places) => {
    expect(decimalPlaces(amount)).toEqual(places)
  })

  it.each([[1e-7], [1e21], [Number.NaN], [Infinity], ["12,50"], ["abc"], [""]])("%s is not a plain amount", (amount) => {
    expect(decimalPlaces(amount)).toBeNull()
  })

  it("fits USD (2 decimals) and JPY (0 decimals) as the currencies allow", () => {
    expect(fitsCurrencyPrecision(45.5, 2)).toBe(true)
    expect(fitsCurrencyPrecision(45.55, 2)).toBe(true)
    expect(fitsCurrencyPrecision(45.555, 2)).toBe(false)
    expect(fitsCurrencyPrecision(4500, 0)).toBe(true)
    expect(fitsCurrencyPrecision(4500.5, 0)).toBe(false)
    expect(fitsCurrencyPrecision(0.1 + 0.2, 2)).toBe(false)
  })
})
