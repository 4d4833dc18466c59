import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-shop/catalog"
import { STRIPE_MODULE } from "../../src/modules/stripe"
import StripeModuleService from "../../src/modules/stripe/service"
import { syncCatalogToStripe } from "../../src/workflows/stripe-catalog"
import { loginAsAdmin } from "../utils/admin"
import { useFakeStripe } from "../utils/fake-stripe"
import { seedShopAndStoreHeaders } from "../utils/store"

jest.setTimeout(240 * 1000)

const stripe = useFakeStripe()

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error("timed out waiting for the Stripe catalogue sync")
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedShopAndStoreHeaders(getContainer())
      admin = await loginAsAdmin(getContainer(), api)
      await waitFor(() => stripe.fake.store.prices.size >= DEMO_PRODUCTS.length)
    })

    const stripeProducts = () => [...stripe.fake.store.products.values()]
    const stripePrices = () => [...stripe.fake.store.prices.values()]
    const productOf = (productId: string) => stripeProducts().find((p: any) => p.metadata.medusa_product_id === productId)
    const mirrors = () => getContainer().resolve<StripeModuleService>(STRIPE_MODULE)

    async function createProduct(title: string, amount: number) {
      const { data } = await api.post(
        "/admin/products",
        {
          title,
          status: "published",
          options: [{ title: "Lighter", values: ["Classic BIC"] }],
          variants: [{ title: "Classic BIC", options: { Lighter: "Classic BIC" }, prices: [{ amount, currency_code: "usd" }] }],
        },
        admin
      )
      return data.product as { id: string; variants: { id: string }[] }
    }

    it("mirrors the seeded catalogue: one Stripe product and one current price per piece", async () => {
      expect(stripeProducts()).toHaveLength(DEMO_PRODUCTS.length)
      for (const product of stripeProducts()) {
        expect(product).toMatchObject({ active: true, metadata: { medusa_product_id: expect.stringMatching(/^prod_/) } })
      }
      const demo = DEMO_PRODUCTS[0]
      const named = stripeProducts().find((p: any) => p.name === demo.title)!
      const prices = stripePrices().filter((p: any) => p.product === named.id)
      expect(prices).toEqual([expect.objectContaining({ unit_amount: demo.price * 100, currency: "usd", active: true })])
      expect(await mirrors().listStripeProductMirrors({})).toHaveLength(DEMO_PRODUCTS.length)
    })

    it("creates, re-prices (archiving the old price), renames and archives as the admin changes the catalogue", async () => {
      const product = await createProduct("Night Sky Special", 40)
      await waitFor(() => !!productOf(product.id) && stripePrices().some((p: any) => p.product === productOf(product.id).id))
      const stripeProduct = productOf(product.id)
      const [first] = stripePrices().filter((p: any) => p.product === stripeProduct.id)
      expect(first).toMatchObject({ unit_amount: 4000, active: true })

      await api.post(`/admin/products/${product.id}/variants/${product.variants[0].id}`, { prices: [{ amount: 45.5, currency_code: "usd" }] }, admin)
      await waitFor(() => stripePrices().some((p: any) => p.product === stripeProduct.id && p.unit_amount === 4550))
      const after = stripePrices().filter((p: any) => p.product === stripeProduct.id)
      expect(after.find((p: any) => p.unit_amount === 4550).active).toBe(true)
      expect(after.find((p: any) => p.unit_amount === 4000).active).toBe(false)

      await api.post(`/admin/products/${product.id}`, { title: "Midnight Sky Special" }, admin)
      await waitFor(() => productOf(product.id).name === "Midnight Sky Special")

      await api.delete(`/admin/products/${product.id}`, admin)
      await waitFor(() => productOf(product.id).active === false)
      expect(stripePrices().filter((p: any) => p.product === stripeProduct.id).every((p: any) => !p.active)).toBe(true)
      expect(stripeProducts().filter((p: any) => p.metadata.medusa_product_id === product.id)).toHaveLength(1)
    })

    it("Stripe being down never blocks the admin; the resync command catches up, and running it again changes nothing", async () => {
      stripe.fake.injectFault({ method: "POST", path: /^\/v1\/products$/, mode: "500", times: 1000 })
      const started = Date.now()
      const product = await createProduct("Offline Special", 30)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(product.id).toMatch(/^prod_/)
      // wait until the subscriber has given up (its retries included): no new attempt for 2 s
      const attempts = () => stripe.fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/products").length
      let seen = -1
      await waitFor(async () => {
        const now = attempts()
        const stable = now === seen && now > 0
        seen = now
        if (!stable) await new Promise((resolve) => setTimeout(resolve, 2000))
        return stable
      }, 60_000)
      expect(productOf(product.id)).toBeUndefined()

      stripe.fake.clearFaults()
      const report = await syncCatalogToStripe(getContainer())
      expect(report.failed).toEqual([])
      expect(report.changed).toEqual([
        expect.objectContaining({ product_id: product.id, product: "created", prices: [expect.objectContaining({ change: "created" })] }),
      ])
      expect(productOf(product.id)).toBeDefined()

      const productsBefore = stripe.fake.store.products.size
      const pricesBefore = stripe.fake.store.prices.size
      const again = await syncCatalogToStripe(getContainer())
      expect(again.changed).toEqual([])
      expect(stripe.fake.store.products.size).toEqual(productsBefore)
      expect(stripe.fake.store.prices.size).toEqual(pricesBefore)
    })
  },
})
