import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { assertNotRealStripeInTests, stripeHostConfig } from "./client-config"
import { StripePriceMirror } from "./models/stripe-price-mirror"
import { StripeProductMirror } from "./models/stripe-product-mirror"
import { StripeModuleOptions } from "./types"

export const STRIPE_OFF_MESSAGE =
  "Stripe is off: set STRIPE_API_KEY to enable card payments, payment links and catalogue sync"

/**
 * The app's single entry point to Stripe: one configured client (with the
 * STRIPE_API_HOST override), webhook verification for our own endpoint, and the
 * record of which Stripe Product and Price mirror which Medusa product and
 * variant price. Knows nothing of other modules; workflows decide what to ask Stripe.
 */
export default class StripeModuleService extends MedusaService({ StripeProductMirror, StripePriceMirror }) {
  protected readonly options_: StripeModuleOptions
  /** Built once, in the constructor: Medusa's proxy around module services does not see fields set later. */
  protected readonly client_: Stripe | null

  constructor(container: Record<string, unknown>, options: StripeModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options
    this.client_ = options.apiKey
      ? new Stripe(options.apiKey, {
          ...stripeHostConfig(options.apiHost),
          telemetry: false,
          maxNetworkRetries: 2,
          appInfo: { name: "spirit-beads" },
        })
      : null
  }

  isEnabled(): boolean {
    return Boolean(this.options_.apiKey)
  }

  assertEnabled(): void {
    if (!this.isEnabled()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, STRIPE_OFF_MESSAGE)
    }
  }

  /** The Stripe client. Refuses when Stripe is off, or when a test would reach the real Stripe. */
  client(): Stripe {
    this.assertEnabled()
    assertNotRealStripeInTests(stripeHostConfig(this.options_.apiHost).host)
    return this.client_!
  }

  /** Where payment links send the shopper after paying, and which countries they ship to. */
  paymentLinkSettings(): { storefrontUrl: string; shippingCountries: string[] } {
    return {
      storefrontUrl: (this.options_.storefrontUrl ?? "http://localhost:8000").replace(/\/$/, ""),
      shippingCountries: this.options_.shippingCountries?.length ? this.options_.shippingCountries : ["US"],
    }
  }

  /**
   * Verifies a delivery to POST /hooks/custom-orders/stripe on its raw bytes
   * (constant-time HMAC, 300 s tolerance) and returns the event. Anything that
   * does not verify is invalid_data (400), without saying which part failed.
   */
  constructCustomOrderEvent(rawBody: Buffer | string | undefined, signature: string | undefined): Stripe.Event {
    const secret = this.options_.customOrderWebhookSecret
    if (!secret) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Custom order webhooks are off: set STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET"
      )
    }
    if (!rawBody || !signature) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Missing Stripe-Signature header or body")
    }
    try {
      return Stripe.webhooks.constructEvent(rawBody, signature, secret)
    } catch {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Stripe signature does not verify")
    }
  }
}
