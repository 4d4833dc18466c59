import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import HostAwareStripeProviderService from "./service"

/** Registered as the payment provider `stripe` (pp_stripe_stripe, webhooks on /hooks/payment/stripe_stripe). */
export default ModuleProvider(Modules.PAYMENT, { services: [HostAwareStripeProviderService] })
