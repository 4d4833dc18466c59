import { FakeStripe, startFakeStripe } from "../fakes/stripe"

export const TEST_WEBHOOK_SECRETS = {
  /** POST /hooks/custom-orders/stripe */
  customOrders: "whsec_test_custom_orders",
  /** POST /hooks/payment/stripe_stripe (Medusa's provider) */
  medusaProvider: "whsec_test_medusa_provider",
}

const VARIABLES = [
  "STRIPE_API_KEY",
  "STRIPE_API_HOST",
  "STRIPE_WEBHOOK_SECRET",
  "STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET",
  "STRIPE_SUPPRESS_NOTICES",
] as const

/**
 * Starts the fake Stripe server before the app boots and points every Stripe
 * call of the app at it. Call it at the top of a spec file, BEFORE
 * medusaIntegrationTestRunner, so that its beforeAll runs first. The
 * environment is restored afterwards (all spec files share one process).
 */
export function useFakeStripe() {
  const state: { fake?: FakeStripe; saved: Partial<Record<(typeof VARIABLES)[number], string | undefined>> } = { saved: {} }
  beforeAll(async () => {
    for (const name of VARIABLES) state.saved[name] = process.env[name]
    state.fake = await startFakeStripe()
    process.env.STRIPE_API_KEY = state.fake.apiKey
    process.env.STRIPE_API_HOST = state.fake.url
    process.env.STRIPE_WEBHOOK_SECRET = TEST_WEBHOOK_SECRETS.medusaProvider
    process.env.STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET = TEST_WEBHOOK_SECRETS.customOrders
    process.env.STRIPE_SUPPRESS_NOTICES = "true"
  })
  afterAll(async () => {
    await state.fake?.close()
    for (const name of VARIABLES) {
      if (state.saved[name] === undefined) delete process.env[name]
      else process.env[name] = state.saved[name]
    }
  })
  return {
    get fake(): FakeStripe {
      if (!state.fake) throw new Error("the fake Stripe server is not started yet (use it inside tests)")
      return state.fake
    },
  }
}
