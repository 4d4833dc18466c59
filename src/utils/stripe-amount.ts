/** Currencies Stripe counts in whole units (no minor unit): https://docs.stripe.com/currencies#zero-decimal */
const ZERO_DECIMAL = new Set([
  "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
])
/** Three-decimal currencies, which Stripe counts in thousandths. */
const THREE_DECIMAL = new Set(["bhd", "jod", "kwd", "omr", "tnd"])

export function stripeDecimals(currency: string): number {
  const code = currency.toLowerCase()
  return ZERO_DECIMAL.has(code) ? 0 : THREE_DECIMAL.has(code) ? 3 : 2
}

/** Medusa's major-unit amount (45.5 USD) as Stripe's integer amount (4550). */
export function toStripeAmount(amount: number, currency: string): number {
  const factor = 10 ** stripeDecimals(currency)
  return Math.round(Number(amount) * factor)
}

/** Stripe's integer amount (4550) as Medusa's major-unit amount (45.5). */
export function fromStripeAmount(amount: number, currency: string): number {
  return amount / 10 ** stripeDecimals(currency)
}
