import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import expireCustomOrderQuotes from "../../../src/jobs/expire-custom-order-quotes"
import { CustomOrderStatus } from "../../../src/modules/custom-order"
import { expireCustomOrderWorkflow } from "../../../src/workflows/custom-order"
import { loginAsAdmin } from "../../utils/admin"
import { VALID_REQUEST } from "../../utils/custom-orders"
import { captureCustomOrderEvents, CapturedEvent, settle } from "../../utils/events"
import { createStorefront } from "../../utils/storefront"
import { customOrderService } from "../../utils/custom-order-service"

jest.setTimeout(120 * 1000)

type Headers = Record<string, string>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: { headers: Headers }
    let events: CapturedEvent[]

    beforeAll(async () => {
      store = await createStorefront(getContainer())
      admin = await loginAsAdmin(getContainer(), api)
      events = captureCustomOrderEvents(getContainer())
    })

    const customOrders = () => customOrderService(getContainer())
    const submitAsGuest = async () => {
      const { data } = await api.post("/store/custom-orders", VALID_REQUEST, { headers: store })
      return { id: data.custom_order.id as string, token: data.access_token as string }
    }
    const post = (path: string, body: unknown) => api.post(path, body, admin).then((r: any) => r, (e: any) => e.response)
    const stored = async (id: string) =>
      (await customOrders().listCustomOrders({ id }, { relations: ["quotes", "status_history"] }))[0]

    describe("moves the state machine refuses, through the API", () => {
      const ACTIONS: Record<string, [string, unknown]> = {
        quote: ["quote", { amount: 10, currency_code: "usd" }],
        reject: ["reject", { reason: "no" }],
        cancel: ["cancel", { reason: "no" }],
        produce: ["status", { status: "in_production" }],
        complete: ["status", { status: "completed" }],
      }
      it.each([
        [CustomOrderStatus.REJECTED, "quote"],
        [CustomOrderStatus.REJECTED, "cancel"],
        [CustomOrderStatus.CANCELLED, "reject"],
        [CustomOrderStatus.CANCELLED, "quote"],
        [CustomOrderStatus.PAID, "quote"],
        [CustomOrderStatus.PAID, "reject"],
        [CustomOrderStatus.IN_PRODUCTION, "quote"],
        [CustomOrderStatus.SHIPPED, "cancel"],
        [CustomOrderStatus.COMPLETED, "cancel"],
        [CustomOrderStatus.COMPLETED, "complete"],
        [CustomOrderStatus.APPROVED, "produce"],
        [CustomOrderStatus.EXPIRED, "produce"],
      ])("a %s request cannot be %s-ed; nothing changes", async (status, action) => {
        const { id } = await submitAsGuest()
        await customOrders().updateCustomOrders({ id, status })
        const before = await stored(id)
        await settle()
        events.length = 0

        const [path, body] = ACTIONS[action]
        const response = await post(`/admin/custom-orders/${id}/${path}`, body)
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("not_allowed")
        expect(response.data.message).toContain(`Custom order ${id} is ${status};`)
        expect(await stored(id)).toEqual(before)
        await settle(100)
        expect(events).toEqual([])
      })

      it("a shopper cannot cancel a paid request (only an admin can, with a refund)", async () => {
        const { id, token } = await submitAsGuest()
        await customOrders().updateCustomOrders({ id, status: CustomOrderStatus.PAID })
        const response = await api
          .post(`/store/custom-orders/${id}/cancel`, {}, { headers: { ...store, "x-custom-order-token": token } })
          .catch((e: any) => e.response)
        expect(response.status).toEqual(400)
        expect(response.data.message).toEqual(`Custom order ${id} is paid; only an admin can get it cancelled`)
      })
    })

    describe("concurrency: transitions of one request run one at a time", () => {
      it("two admins approving the same request at once: exactly one approval and one clear error", async () => {
        const { id } = await submitAsGuest()
        const results = await Promise.all([
          post(`/admin/custom-orders/${id}/quote`, { amount: 40, currency_code: "usd", quote_version: 0 }),
          post(`/admin/custom-orders/${id}/quote`, { amount: 45, currency_code: "usd", quote_version: 0 }),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 400])
        const refused = results.find((r) => r.status === 400)!
        expect(refused.data.type).toEqual("not_allowed")
        expect(refused.data.message).toContain("quoted by someone else")

        const after = await stored(id)
        expect(after.status).toEqual("approved")
        expect(after.quote_version).toEqual(1)
        expect(after.quotes).toHaveLength(1)
        expect(after.status_history).toHaveLength(2)
        const winner = results.find((r) => r.status === 200)!
        expect(after.quote_amount).toEqual(winner.data.custom_order.quote_amount)
      })

      it("a reject and a cancel at once: one wins, the other is refused naming the new status", async () => {
        const { id } = await submitAsGuest()
        const results = await Promise.all([
          post(`/admin/custom-orders/${id}/reject`, { reason: "a" }),
          post(`/admin/custom-orders/${id}/cancel`, { reason: "b" }),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 400])
        const winner = results.find((r) => r.status === 200)!.data.custom_order.status
        const refused = results.find((r) => r.status === 400)!
        expect(refused.data.message).toContain(`is ${winner};`)
        expect((await stored(id)).status_history).toHaveLength(2)
      })
    })

    describe("expiry", () => {
      const approveWithExpiry = async (expiresAt: Date) => {
        const { id } = await submitAsGuest()
        await post(`/admin/custom-orders/${id}/quote`, { amount: 40, currency_code: "usd", expires_at: "2099-01-01" })
        await customOrders().updateCustomOrders({ id, quote_expires_at: expiresAt, payment_link_status: "active" as any })
        return id
      }

      it("the job expires approved quotes past their date, deactivates the link, and only those", async () => {
        const now = new Date()
        const due = await approveWithExpiry(new Date(now.getTime() - 60_000))
        const notYet = await approveWithExpiry(new Date(now.getTime() + 3_600_000))
        const pending = (await submitAsGuest()).id
        await settle()
        events.length = 0

        expect(await expireCustomOrderQuotes(getContainer(), { scheduledFor: now })).toEqual({ due: 1, expired: 1 })
        const expired = await stored(due)
        expect(expired).toMatchObject({ status: "expired", payment_link_status: "inactive" })
        expect(expired.status_history.at(-1)).toMatchObject({
          from_status: "approved",
          to_status: "expired",
          actor_type: "system",
          reason: "The quote expired unpaid",
        })
        expect((await stored(notYet)).status).toEqual("approved")
        expect((await stored(pending)).status).toEqual("pending")
        await settle()
        expect(events.map((e) => e.name).sort()).toEqual(["custom_order.expired", "custom_order.status_changed"])

        expect(await expireCustomOrderQuotes(getContainer(), { scheduledFor: now })).toEqual({ due: 0, expired: 0 })
      })

      it("refuses to expire a quote whose date has not passed (re-checked under the lock)", async () => {
        const id = await approveWithExpiry(new Date(Date.now() + 3_600_000))
        const { errors } = await expireCustomOrderWorkflow(getContainer()).run({
          input: { custom_order_id: id },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("quote has not expired")
        expect((await stored(id)).status).toEqual("approved")
      })

      it("an expired request can be quoted again (new version) or cancelled by its customer", async () => {
        const id = await approveWithExpiry(new Date(Date.now() - 1000))
        await expireCustomOrderQuotes(getContainer())
        const { data } = await post(`/admin/custom-orders/${id}/quote`, { amount: 48, currency_code: "usd" })
        expect(data.custom_order).toMatchObject({ status: "approved", quote_version: 2 })
      })
    })
  },
})
