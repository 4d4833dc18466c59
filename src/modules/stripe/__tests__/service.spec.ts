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
  moduleOptions: { apiKey: "sk_test_not_a_real_key" },
  testSuite: ({ service }) => {
    it("is on with an API key", () => {
      expect(service.isEnabled()).toBe(true)
      expect(() => service.assertEnabled()).not.toThrow()
    })
  },
})
