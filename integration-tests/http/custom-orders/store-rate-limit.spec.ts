import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { pngBytes, privateFiles, submissionForm, VALID_REQUEST } from "../../utils/custom-orders"
import { createStorefront } from "../../utils/storefront"
import { customOrderService } from "../../utils/custom-order-service"

jest.setTimeout(120 * 1000)

const WINDOW_SECONDS = 600

medusaIntegrationTestRunner({
  env: {
    CUSTOM_ORDER_RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
    CUSTOM_ORDER_RATE_LIMIT_PER_EMAIL: "2",
    CUSTOM_ORDER_RATE_LIMIT_PER_IP: "4",
  },
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>
    beforeAll(async () => {
      store = await createStorefront(getContainer())
    })

    const submit = (body: unknown) => api.post("/store/custom-orders", body, { headers: store }).catch((e: any) => e.response)
    const count = async () => (await customOrderService(getContainer()).listCustomOrders({})).length

    it("takes at most N requests per e-mail address per window, then answers 429 with Retry-After", async () => {
      expect((await submit({ ...VALID_REQUEST, email: "same@example.com" })).status).toEqual(200)
      expect((await submit({ ...VALID_REQUEST, email: "SAME@example.com" })).status).toEqual(200)

      const refused = await submit({ ...VALID_REQUEST, email: "same@example.com" })
      expect(refused.status).toEqual(429)
      expect(refused.data.type).toEqual("too_many_requests")
      expect(refused.data.message).toContain("e-mail address")
      const retryAfter = Number(refused.headers["retry-after"])
      expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 30)
      expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS)
      expect(await count()).toEqual(2)

      expect((await submit({ ...VALID_REQUEST, email: "other@example.com" })).status).toEqual(200)
    })

    it("takes at most N requests per IP address per window, refusing before reading any upload", async () => {
      for (let i = 0; i < 4; i++) {
        expect((await submit({ ...VALID_REQUEST, email: `person${i}@example.com` })).status).toEqual(200)
      }
      const filesBefore = privateFiles()
      const refused = await submit(
        submissionForm({ ...VALID_REQUEST, email: "new@example.com" }, [{ name: "a.png", bytes: pngBytes() }])
      )
      expect(refused.status).toEqual(429)
      expect(refused.data.message).toContain("address")
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(privateFiles()).toEqual(filesBefore)
      expect(await count()).toEqual(4)
    })

    it("counts only submissions that were stored: refused bad input does not use up the limit", async () => {
      for (let i = 0; i < 5; i++) {
        expect((await submit({ ...VALID_REQUEST, email: "typo@example.com", description: "short" })).status).toEqual(400)
      }
      expect((await submit({ ...VALID_REQUEST, email: "typo@example.com" })).status).toEqual(200)
    })
  },
})
