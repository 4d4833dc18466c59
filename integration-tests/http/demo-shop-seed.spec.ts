import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATEGORIES, DEMO_PRODUCTS, SHOP_NAME, skuOf } from "../../src/scripts/demo-shop/catalog"
import { seedDemoShop } from "../../src/scripts/demo-shop/seed-demo-shop"
import { seedShopAndStoreHeaders } from "../utils/store"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const seeded = await seedShopAndStoreHeaders(getContainer())
      storeHeaders = seeded.headers
      regionId = seeded.summary.regionId
    })

    /** Everything the seed creates, counted and timestamped through Query. */
    async function snapshotShop() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const graph = async (entity: string, fields: string[]) =>
        (await query.graph({ entity, fields })).data.map((row: any) => JSON.stringify(row))
      return {
        products: await graph("product", ["id", "handle", "updated_at"]),
        variants: await graph("product_variant", ["id", "sku", "updated_at"]),
        prices: await graph("price", ["id", "amount", "currency_code"]),
        categories: await graph("product_category", ["id", "handle", "updated_at"]),
        regions: await graph("region", ["id", "name", "updated_at"]),
        salesChannels: await graph("sales_channel", ["id", "name"]),
        stockLocations: await graph("stock_location", ["id", "name"]),
        shippingOptions: await graph("shipping_option", ["id", "name"]),
        apiKeys: await graph("api_key", ["id", "title"]),
        inventoryLevels: await graph("inventory_level", ["id", "stocked_quantity", "updated_at"]),
        stores: await graph("store", ["id", "name", "updated_at"]),
      }
    }

    it("serves the demo catalogue on the store API with the publishable key", async () => {
      const { data } = await api.get(
        `/store/products?limit=100&region_id=${regionId}&fields=handle,thumbnail,*categories,*variants.calculated_price,+variants.inventory_quantity`,
        storeHeaders
      )
      expect(data.count).toBeGreaterThanOrEqual(12)
      expect(data.count).toEqual(DEMO_PRODUCTS.length)

      for (const expected of DEMO_PRODUCTS) {
        const product = data.products.find((p: any) => p.handle === expected.handle)
        expect(product).toBeDefined()
        const category = CATEGORIES.find((c) => c.handle === expected.category)!
        expect(product.categories.map((c: any) => c.name)).toEqual([category.name])
        expect(product.thumbnail).toMatch(/^http.+\.png$/)
        const [variant] = product.variants
        expect(variant.calculated_price).toMatchObject({ currency_code: "usd", calculated_amount: expected.price })
        expect(variant.inventory_quantity).toEqual(expected.stock)
      }
      const oneOfAKind = DEMO_PRODUCTS.filter((p) => p.stock === 1)
      expect(oneOfAKind.length).toBeGreaterThanOrEqual(3)
    })

    it("refuses the store API without the publishable key", async () => {
      const error = await api.get("/store/products").catch((e: any) => e)
      expect(error.response.status).toEqual(400)
    })

    it("lists both lighter-size categories and the US region in USD", async () => {
      const { data: categories } = await api.get("/store/product-categories", storeHeaders)
      expect(categories.product_categories.map((c: any) => c.name).sort()).toEqual(["Classic BIC", "Mini BIC"])

      const { data: regions } = await api.get("/store/regions", storeHeaders)
      expect(regions.regions).toEqual([
        expect.objectContaining({ name: "United States", currency_code: "usd", countries: [expect.objectContaining({ iso_2: "us" })] }),
      ])
    })

    it("sets up the store, the studio's stock and shipping", async () => {
      const container = getContainer()
      const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
      expect(store.name).toEqual(SHOP_NAME)
      expect(store.supported_currencies?.map((c) => c.currency_code)).toEqual(["usd"])

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: options } = await query.graph({
        entity: "shipping_option",
        fields: ["name", "provider_id", "prices.amount", "prices.currency_code"],
      })
      expect(options.map((o: any) => o.name).sort()).toEqual(["Express Shipping", "Standard Shipping"])
      expect(options.every((o: any) => o.provider_id === "manual_manual")).toBe(true)

      const { data: items } = await query.graph({
        entity: "inventory_item",
        fields: ["sku", "location_levels.stocked_quantity", "location_levels.location_id"],
      })
      expect(items).toHaveLength(DEMO_PRODUCTS.length)
      for (const product of DEMO_PRODUCTS) {
        const item = items.find((i: any) => i.sku === skuOf(product))
        expect(item).toBeDefined()
        expect(item!.location_levels).toEqual([expect.objectContaining({ stocked_quantity: product.stock })])
      }
    })

    it("serves the product pictures", async () => {
      const { data } = await api.get("/store/products?limit=1&fields=thumbnail", storeHeaders)
      const picture = await api.get(new URL(data.products[0].thumbnail).pathname, { responseType: "arraybuffer" })
      expect(picture.status).toEqual(200)
      expect(Buffer.from(picture.data).subarray(1, 4).toString()).toEqual("PNG")
    })

    it("changes nothing when seeded again", async () => {
      const before = await snapshotShop()
      const again = await seedDemoShop(getContainer())
      expect(again.added).toEqual({
        salesChannel: false,
        region: false,
        stockLocation: false,
        shipping: false,
        publishableKey: false,
        store: false,
        categories: 0,
        products: 0,
        inventoryLevels: 0,
      })
      expect(await snapshotShop()).toEqual(before)
    })
  },
})
