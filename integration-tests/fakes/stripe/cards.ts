import { noSuch } from "./errors"
import { newId, nowSeconds } from "./ids"
import { State } from "./state"
import { StripeObject } from "./types"

/** Stripe's test-mode payment methods: tokens such as pm_card_visa, and the cards that decline. */

const TEST_CARDS: Record<string, { brand: string; last4: string }> = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444" },
  pm_card_amex: { brand: "amex", last4: "8431" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002" },
  pm_card_chargeDeclinedInsufficientFunds: { brand: "visa", last4: "9995" },
}

/** Cards that decline, by last4 (Stripe's test cards 4000 0000 0000 0002 and …9995). */
export const DECLINES: Record<string, { decline_code: string; message: string }> = {
  "0002": { decline_code: "generic_decline", message: "Your card was declined." },
  "9995": { decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
}

export interface BillingInput {
  email?: string | null
  name?: string | null
  address?: StripeObject | null
}

export function createPaymentMethod(state: State, type: string, billing: BillingInput = {}, card = TEST_CARDS.pm_card_visa): StripeObject {
  const details =
    type === "card"
      ? { brand: card.brand, country: "US", exp_month: 12, exp_year: new Date().getFullYear() + 3, funding: "credit", last4: card.last4 }
      : type === "us_bank_account"
        ? {
            account_holder_type: "individual",
            account_type: "checking",
            bank_name: "STRIPE TEST BANK",
            last4: "6789",
            routing_number: "110000000",
          }
        : {}
  const pm = {
    id: newId("pm"),
    object: "payment_method",
    billing_details: {
      address: billing.address ?? { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: billing.email ?? null,
      name: billing.name ?? null,
      phone: null,
    },
    created: nowSeconds(),
    customer: null,
    livemode: false,
    metadata: {},
    type,
    [type]: details,
  }
  state.store.paymentMethods.set(pm.id, pm)
  return pm
}

/** A `payment_method` parameter: a test token such as pm_card_visa makes a new PaymentMethod, as in Stripe test mode. */
export function resolvePaymentMethod(state: State, id: string, param = "payment_method"): StripeObject {
  const card = TEST_CARDS[id]
  if (card) {
    return createPaymentMethod(state, "card", {}, card)
  }
  const pm = state.store.paymentMethods.get(id)
  if (!pm) {
    throw noSuch("PaymentMethod", id, param)
  }
  return pm
}
