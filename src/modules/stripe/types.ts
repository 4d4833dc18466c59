/** Options of the `stripe` module, passed from medusa-config.ts (values come from the environment). */
export type StripeModuleOptions = {
  /** STRIPE_API_KEY; when missing, every Stripe feature answers a clear "Stripe is off" error. */
  apiKey?: string
  /** STRIPE_API_HOST: send every Stripe call to another server (the test fake, a local Stripe mock). */
  apiHost?: string
  /** STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET: signing secret of POST /hooks/custom-orders/stripe. */
  customOrderWebhookSecret?: string
  /** STOREFRONT_URL: where a paid payment link sends the shopper back to. */
  storefrontUrl?: string
  /** CUSTOM_ORDER_SHIPPING_COUNTRIES: where payment links collect a shipping address for (ISO 3166-1 alpha-2). */
  shippingCountries?: string[]
}
