import { MedusaError } from "@medusajs/framework/utils"
import { StripeModuleOptions } from "./types"

export const STRIPE_OFF_MESSAGE =
  "Stripe is off: set STRIPE_API_KEY to enable card payments, payment links and catalogue sync"

/**
 * The app's single entry point to Stripe. Knows nothing of other modules.
 * The Stripe client itself lands with the Stripe issue; today this module
 * answers whether Stripe is configured and refuses clearly when it is not.
 */
export default class StripeModuleService {
  protected readonly options_: StripeModuleOptions

  constructor(_container: Record<string, unknown>, options: StripeModuleOptions = {}) {
    this.options_ = options
  }

  isEnabled(): boolean {
    return Boolean(this.options_.apiKey)
  }

  assertEnabled(): void {
    if (!this.isEnabled()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, STRIPE_OFF_MESSAGE)
    }
  }
}
