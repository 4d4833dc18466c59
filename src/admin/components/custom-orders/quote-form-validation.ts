import { stripeDecimals } from "../../../utils/stripe-amount"

/** The quote form's values as typed, and what the route needs from them. */
export type QuoteFormValues = {
  amount: string
  currency_code: string
  message: string
  /** YYYY-MM-DD from the date input, or "" for no expiry */
  expires_on: string
}

export type QuoteFormErrors = Partial<Record<keyof QuoteFormValues, string>>

/** Inline checks before sending (the server checks again and has the last word). `today` is YYYY-MM-DD. */
export function validateQuoteForm(values: QuoteFormValues, today: string): QuoteFormErrors {
  const errors: QuoteFormErrors = {}
  const currency = values.currency_code.trim().toLowerCase()
  if (!/^[a-z]{3}$/.test(currency)) {
    errors.currency_code = "Choose a currency"
  }
  const amount = values.amount.trim()
  if (!amount) {
    errors.amount = "Enter the amount"
  } else if (!/^\d+(\.\d+)?$/.test(amount) || !(Number(amount) > 0)) {
    errors.amount = "Enter an amount greater than 0"
  } else if (Number(amount) > 1_000_000) {
    errors.amount = "At most 1,000,000"
  } else if (!errors.currency_code) {
    const decimals = (amount.split(".")[1] ?? "").length
    const allowed = stripeDecimals(currency) // what the payment link can charge
    if (decimals > allowed) {
      errors.amount = allowed === 0 ? `${currency.toUpperCase()} has no decimals` : `At most ${allowed} decimals in ${currency.toUpperCase()}`
    }
  }
  if (values.message.length > 5000) {
    errors.message = "At most 5000 characters"
  }
  if (values.expires_on) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.expires_on) || Number.isNaN(Date.parse(values.expires_on))) {
      errors.expires_on = "Enter a date"
    } else if (values.expires_on <= today) {
      errors.expires_on = "The expiry must be after today"
    }
  }
  return errors
}

/** A local date as YYYY-MM-DD. */
export function localDateString(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The end of the chosen local day, as an ISO date-time: a quote "valid until 15 Jan" can be paid all that day. */
export function expiryToIso(expiresOn: string): string | null {
  if (!expiresOn) {
    return null
  }
  const [y, m, d] = expiresOn.split("-").map(Number)
  return new Date(y, m - 1, d, 23, 59, 59, 999).toISOString()
}
