import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { STRIPE_MODULE } from ".."
import StripeModuleService, { STRIPE_OFF_MESSAGE } from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<StripeModuleService>({
  moduleName: STRIPE_MODULE,
  resolve: "./src/modules/stripe",
  moduleOptions: {},
  testSuite: ({ service }) => {
    it("is off without an API key and says so with a not_allowed error", () => {
      expect(service.isEnabled()).toBe(false)
      expect.assertions(3)
      try {
        service.assertEnabled()
      } catch (error) {
        expect((error as MedusaError).type).toEqual(MedusaError.Types.NOT_ALLOWED)
        expect((error as Error).message).toEqual(STRIPE_OFF_MESSAGE)
      }
    })
  },
})

moduleIntegrationTestRunner<StripeModuleService>({
  moduleName: STRIPE_MODULE,
  resolve: "./src/modules/stripe",
  moduleOptions: { apiKey: "sk_test_not_a_real_key", apiHost: "http://127.0.0.1:9", customOrderWebhookSecret: "whsec_test" },
  testSuite: ({ service }) => {
    it("points its client at STRIPE_API_HOST", () => {
      const client = service.client() as any
      expect(client.getApiField("host")).toEqual("127.0.0.1")
      expect(client.getApiField("port")).toEqual(9)
      expect(client.getApiField("protocol")).toEqual("http")
      expect(service.client()).toBe(client)
    })

    it("verifies custom order webhook signatures on the raw bytes", () => {
      const Stripe = require("stripe")
      const payload = JSON.stringify({ id: "evt_1", object: "event", type: "ping", data: { object: {} } })
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_test" })
      expect(service.constructCustomOrderEvent(payload, header).id).toEqual("evt_1")
      expect(() => service.constructCustomOrderEvent(payload.replace("ping", "pong"), header)).toThrow("does not verify")
      expect(() => service.constructCustomOrderEvent(payload, undefined)).toThrow("Missing Stripe-Signature")
    })
  },
})

moduleIntegrationTestRunner<StripeModuleService>({
  moduleName: STRIPE_MODULE,
  resolve: "./src/modules/stripe",
  moduleOptions: { apiKey: "sk_test_not_a_real_key" },
  testSuite: ({ service }) => {
    it("is on with an API key", () => {
      expect(service.isEnabled()).toBe(true)
      expect(() => service.assertEnabled()).not.toThrow()
    })

    it("never builds a client that would reach the real Stripe from a test", () => {
      expect(() => service.client()).toThrow("Tests must not reach Stripe")
    })

    it("refuses custom order webhooks while their secret is not configured", () => {
      expect(() => service.constructCustomOrderEvent("{}", "t=1,v1=x")).toThrow("STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET")
    })
  },
})
