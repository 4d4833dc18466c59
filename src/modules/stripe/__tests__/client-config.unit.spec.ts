import { MedusaError } from "@medusajs/framework/utils"
import { assertNotRealStripeInTests, stripeHostConfig } from "../client-config"

describe("stripeHostConfig", () => {
  it("leaves the SDK on Stripe's own host when STRIPE_API_HOST is unset", () => {
    expect(stripeHostConfig(undefined)).toEqual({})
  })

  it("points every call at STRIPE_API_HOST", () => {
    expect(stripeHostConfig("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" })
    expect(stripeHostConfig("https://stripe-mock.internal")).toEqual({ host: "stripe-mock.internal", port: 443, protocol: "https" })
  })
})

describe("assertNotRealStripeInTests", () => {
  it("refuses Stripe's real host, or no host, in tests", () => {
    for (const host of [undefined, "api.stripe.com"]) {
      expect(() => assertNotRealStripeInTests(host, "test")).toThrow("Tests must not reach Stripe")
    }
    try {
      assertNotRealStripeInTests(undefined, "test")
    } catch (error) {
      expect((error as MedusaError).type).toEqual(MedusaError.Types.UNEXPECTED_STATE)
    }
  })

  it("lets tests use another host, and production use Stripe", () => {
    expect(() => assertNotRealStripeInTests("127.0.0.1", "test")).not.toThrow()
    expect(() => assertNotRealStripeInTests(undefined, "production")).not.toThrow()
  })
})
