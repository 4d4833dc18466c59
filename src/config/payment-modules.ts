import { Modules } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"
import { AppEnv } from "./env"

/** The id Medusa's Stripe provider is registered under: `pp_stripe_stripe`, webhooks on `/hooks/payment/stripe_stripe`. */
export const STRIPE_PROVIDER_ID = "stripe"
/** Payments made through custom order payment links: `pp_stripe-link_custom-orders`. */
export const STRIPE_LINK_PROVIDER_ID = "custom-orders"
export const STRIPE_LINK_PAYMENT_PROVIDER = `pp_stripe-link_${STRIPE_LINK_PROVIDER_ID}`

export function isStripeEnabled(env: AppEnv): boolean {
  return Boolean(env.STRIPE_API_KEY)
}

/**
 * Medusa's Stripe payment provider is registered only when STRIPE_API_KEY is
 * set; otherwise the shop runs with Medusa's system (manual) provider alone.
 */
export function paymentModules(env: AppEnv): InputConfigModules {
  if (!isStripeEnabled(env)) {
    return []
  }
  return [
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            // Medusa's provider, with STRIPE_API_HOST honoured (src/modules/stripe-payment)
            resolve: "./src/modules/stripe-payment",
            id: STRIPE_PROVIDER_ID,
            options: {
              apiKey: env.STRIPE_API_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
              apiHost: env.STRIPE_API_HOST,
            },
          },
          {
            // payments already taken through custom order payment links (src/modules/stripe-link-payment)
            resolve: "./src/modules/stripe-link-payment",
            id: STRIPE_LINK_PROVIDER_ID,
            options: { apiKey: env.STRIPE_API_KEY, apiHost: env.STRIPE_API_HOST },
          },
        ],
      },
    },
  ]
}
