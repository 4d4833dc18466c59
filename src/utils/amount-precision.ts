/**
 * How many significant decimals an amount has: 12.5 -> 1, 12 -> 0, "12.50" -> 1.
 * Returns null for anything that is not a plain finite decimal number.
 */
export function decimalPlaces(amount: number | string): number | null {
  const text = typeof amount === "number" ? (Number.isFinite(amount) ? amount.toString() : "") : amount.trim()
  const match = /^-?\d+(?:\.(\d+))?$/.exec(text)
  if (!match) {
    // numbers JavaScript prints with an exponent (1e-7, 1e21) are not prices
    return null
  }
  return match[1]?.replace(/0+$/, "").length ?? 0
}

/** True when the amount has no more decimals than the currency allows (USD: 2, JPY: 0). */
export function fitsCurrencyPrecision(amount: number | string, decimalDigits: number): boolean {
  const places = decimalPlaces(amount)
  return places !== null && places <= decimalDigits
}
