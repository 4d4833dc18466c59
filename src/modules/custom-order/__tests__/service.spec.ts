import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOM_ORDER_MODULE } from ".."
import CustomOrderModuleService from "../service"
import { CustomOrderActorType, CustomOrderStatus, PaymentLinkStatus } from "../types"

jest.setTimeout(60 * 1000)

const REQUEST = {
  name: "Ada",
  email: "ada@example.com",
  description: "A fox on a classic BIC case",
}

moduleIntegrationTestRunner<CustomOrderModuleService>({
  moduleName: CUSTOM_ORDER_MODULE,
  resolve: "./src/modules/custom-order",
  testSuite: ({ service }) => {
    it("exposes custom_order as linkable by id, customer_id and order_id (for the read-only links)", () => {
      const { default: CustomOrderModule } = require("..")
      expect(Object.keys(CustomOrderModule.linkable)).toEqual(
        expect.arrayContaining(["customOrder", "customOrderImage", "customOrderNote", "customOrderQuote", "customOrderStatusChange"])
      )
      expect(CustomOrderModule.linkable.customOrder.id).toMatchObject({ serviceName: CUSTOM_ORDER_MODULE, field: "customOrder" })
    })

    it("creates a pending request with defaults and its images in one call", async () => {
      const created = await service.createCustomOrders({
        ...REQUEST,
        images: [{ file_id: "private-1-a.png", content_type: "image/png", size: 10, original_name: "a.png" }],
      } as any)
      expect(created).toMatchObject({
        id: expect.stringMatching(/^cord_/),
        status: CustomOrderStatus.PENDING,
        quantity: 1,
        quote_version: 0,
        payment_link_status: PaymentLinkStatus.NONE,
        customer_id: null,
        order_id: null,
      })
      const [withImages] = await service.listCustomOrders({ id: created.id }, { relations: ["images"] })
      expect(withImages.images).toEqual([expect.objectContaining({ id: expect.stringMatching(/^coimg_/), original_name: "a.png" })])
    })

    it("keeps bigNumber amounts exact", async () => {
      const created = await service.createCustomOrders({ ...REQUEST, budget: 49.99, quote_amount: 45.5 } as any)
      const [read] = await service.listCustomOrders({ id: created.id })
      expect(read.budget).toEqual(49.99)
      expect(read.quote_amount).toEqual(45.5)
    })

    it("refuses a quantity below 1 (database check)", async () => {
      await expect(service.createCustomOrders({ ...REQUEST, quantity: 0 } as any)).rejects.toThrow()
    })

    it("allows one snapshot per quote version", async () => {
      const { id } = await service.createCustomOrders(REQUEST as any)
      await service.createCustomOrderQuotes({ custom_order_id: id, version: 1, amount: 40, currency_code: "usd" } as any)
      await expect(
        service.createCustomOrderQuotes({ custom_order_id: id, version: 1, amount: 41, currency_code: "usd" } as any)
      ).rejects.toThrow()
      await service.createCustomOrderQuotes({ custom_order_id: id, version: 2, amount: 41, currency_code: "usd" } as any)
      expect(await service.listCustomOrderQuotes({ custom_order_id: id })).toHaveLength(2)
    })

    it("never gives two requests the same token hash", async () => {
      await service.createCustomOrders({ ...REQUEST, access_token_hash: "a".repeat(64) } as any)
      await expect(service.createCustomOrders({ ...REQUEST, access_token_hash: "a".repeat(64) } as any)).rejects.toThrow()
      // many requests without a token are fine
      await service.createCustomOrders(REQUEST as any)
      await service.createCustomOrders(REQUEST as any)
    })

    it("refuses a status outside the vocabulary", async () => {
      await expect(service.createCustomOrders({ ...REQUEST, status: "lost" } as any)).rejects.toThrow()
    })

    it("deletes a request with its images, notes, quotes and history", async () => {
      const { id } = await service.createCustomOrders({
        ...REQUEST,
        images: [{ file_id: "f", content_type: "image/png", size: 1, original_name: "a.png" }],
      } as any)
      await service.createCustomOrderNotes({ custom_order_id: id, author_id: "user_1", text: "n" })
      await service.createCustomOrderQuotes({ custom_order_id: id, version: 1, amount: 1, currency_code: "usd" } as any)
      await service.createCustomOrderStatusChanges({
        custom_order_id: id,
        from_status: null,
        to_status: CustomOrderStatus.PENDING,
        actor_type: CustomOrderActorType.GUEST,
        actor_id: null,
      } as any)
      await service.deleteCustomOrders(id)
      expect(await service.listCustomOrderImages({ custom_order_id: id })).toEqual([])
      expect(await service.listCustomOrderNotes({ custom_order_id: id })).toEqual([])
      expect(await service.listCustomOrderQuotes({ custom_order_id: id })).toEqual([])
      expect(await service.listCustomOrderStatusChanges({ custom_order_id: id })).toEqual([])
    })

    it("filters the admin list by several statuses and a free-text $or", async () => {
      const fox = await service.createCustomOrders({ ...REQUEST, name: "Fox" } as any)
      const owl = await service.createCustomOrders({ ...REQUEST, name: "Owl", status: CustomOrderStatus.APPROVED } as any)
      await service.createCustomOrders({ ...REQUEST, name: "Bee", status: CustomOrderStatus.REJECTED } as any)
      const [byStatus, count] = await service.listAndCountCustomOrders({
        status: [CustomOrderStatus.PENDING, CustomOrderStatus.APPROVED],
      })
      expect(count).toEqual(2)
      expect(byStatus.map((c) => c.id).sort()).toEqual([fox.id, owl.id].sort())
      const found = await service.listCustomOrders({ $or: [{ name: { $ilike: "%ow%" } }, { email: { $ilike: "%zzz%" } }] } as any)
      expect(found.map((c) => c.id)).toEqual([owl.id])
    })
  },
})
