/** Options of the `stripe` module, passed from medusa-config.ts (values come from the environment). */
export type StripeModuleOptions = {
  /** STRIPE_API_KEY; when missing, every Stripe feature answers a clear "Stripe is off" error. */
  apiKey?: string
}
