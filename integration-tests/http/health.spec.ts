import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    it("answers /health with 200", async () => {
      const response = await api.get("/health")
      expect(response.status).toEqual(200)
    })
  },
})
