import path from "node:path"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import { assertNotRealStripeInTests, stripeHostConfig } from "../stripe/client-config"

type Options = ConstructorParameters<typeof StripeProviderService>[1] & { apiHost?: string }

/**
 * Medusa's Stripe payment provider, unchanged, except that its client honours
 * STRIPE_API_HOST (the provider takes no host). It keeps the provider's own
 * stripe SDK version, only configured with another host.
 */
export default class HostAwareStripeProviderService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    const host = stripeHostConfig(options.apiHost)
    assertNotRealStripeInTests(host.host)
    if (host.host) {
      const providerDir = path.dirname(require.resolve("@medusajs/payment-stripe"))
      const ProviderStripe = require(require.resolve("stripe", { paths: [providerDir] }))
      this.stripe_ = new ProviderStripe(options.apiKey, { ...host, telemetry: false })
    }
  }
}
