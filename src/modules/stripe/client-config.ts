import { MedusaError } from "@medusajs/framework/utils"

export const STRIPE_DEFAULT_HOST = "api.stripe.com"

/** Where Stripe calls go: Stripe itself, or the server in STRIPE_API_HOST. Returned for the SDK's config object. */
export function stripeHostConfig(apiHost: string | undefined): { host?: string; port?: number; protocol?: "http" | "https" } {
  if (!apiHost) {
    return {}
  }
  const url = new URL(apiHost)
  const protocol = url.protocol === "http:" ? "http" : "https"
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol }
}

/**
 * Tests never talk to Stripe: with NODE_ENV=test a client must be pointed at
 * another host (the fake), or it is refused before any request is made.
 */
export function assertNotRealStripeInTests(host: string | undefined, nodeEnv = process.env.NODE_ENV) {
  if (nodeEnv === "test" && (!host || host === STRIPE_DEFAULT_HOST)) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "Tests must not reach Stripe: set STRIPE_API_HOST to the fake Stripe server"
    )
  }
}
