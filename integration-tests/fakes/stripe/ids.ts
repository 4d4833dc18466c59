import { randomBytes } from "node:crypto"

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

/** A random base62 string, like the tail of Stripe's ids. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length)
  let out = ""
  for (let i = 0; i < length; i++) {
    out += ALPHABET[bytes[i] % ALPHABET.length]
  }
  return out
}

/** Stripe-looking ids: prod_…, price_…, plink_…, cs_test_…, pi_…, ch_…, re_…, cus_…, evt_…, req_… */
export function newId(prefix: string): string {
  return prefix === "cs_test" ? `cs_test_${randomToken(58)}` : `${prefix}_${randomToken(24)}`
}

/** Unix seconds, as in Stripe's `created` fields. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}
