import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type Stripe from "stripe"
import expireCustomOrderQuotes from "../../../src/jobs/expire-custom-order-quotes"
import { reconcileCustomOrderPayments } from "../../../src/workflows/custom-order-payment"
import { loginAsAdmin } from "../../utils/admin"
import { customOrderService } from "../../utils/custom-order-service"
import { VALID_REQUEST } from "../../utils/custom-orders"
import { captureCustomOrderEvents, CapturedEvent, settle } from "../../utils/events"
import { TEST_WEBHOOK_SECRETS, useFakeStripe } from "../../utils/fake-stripe"
import { checkoutCompleted, customOrderWebhook, eventOfType, paymentIntentOf } from "../../utils/stripe-webhooks"
import { createStorefront } from "../../utils/storefront"

jest.setTimeout(180 * 1000)

const stripe = useFakeStripe()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>
    let admin: { headers: Record<string, string> }
    let events: CapturedEvent[]

    beforeAll(async () => {
      store = await createStorefront(getContainer())
      admin = await loginAsAdmin(getContainer(), api)
      events = captureCustomOrderEvents(getContainer(), ["order.placed"])
    })
    beforeEach(async () => {
      stripe.fake.reset()
      await settle(50)
      events.length = 0
    })

    const webhook = customOrderWebhook(() => api.defaults.baseURL, () => stripe.fake)
    const { deliver } = webhook
    const hookUrl = webhook.url
    const ofType = eventOfType
    const completed = checkoutCompleted
    const post = (path: string, body: unknown) => api.post(path, body, admin).then((r: any) => r, (e: any) => e.response)
    const stored = async (id: string) =>
      (await customOrderService(getContainer()).listCustomOrders({ id }, { relations: ["payments", "status_history", "quotes"] }))[0]
    const orderCount = async () => (await api.get("/admin/orders?fields=id", admin)).data.count as number

    async function submitted() {
      const { data } = await api.post("/store/custom-orders", VALID_REQUEST, { headers: store })
      return { id: data.custom_order.id as string, token: data.access_token as string }
    }
    async function approved(amount = 52) {
      const { id, token } = await submitted()
      const { data } = await post(`/admin/custom-orders/${id}/quote`, { amount, currency_code: "usd" })
      return { id, token, linkId: data.custom_order.payment_link_id as string }
    }

    describe("signatures (nothing changes on a refused delivery)", () => {
      it.each([
        ["a wrong secret", { secret: "whsec_wrong" }],
        ["a missing header", { header: "" }],
        ["a malformed header", { header: "t=abc,v1=nothex" }],
        ["a replayed old delivery (signed an hour ago)", { timestamp: Math.floor(Date.now() / 1000) - 3600 }],
      ])("refuses %s with 400", async (_, opts) => {
        const { id, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId)
        await settle()
        events.length = 0
        const response = await deliver(completed(sent), opts)
        expect(response.status).toEqual(400)
        const after = await stored(id)
        expect(after).toMatchObject({ status: "approved", payments: [] })
        await settle()
        expect(events).toEqual([])
      })

      it("refuses a tampered body (signed bytes changed) with 400", async () => {
        const { id, linkId } = await approved()
        const event = completed(stripe.fake.payLink(linkId))
        const payload = JSON.stringify(event)
        const header = stripe.fake.sign(payload, { secret: TEST_WEBHOOK_SECRETS.customOrders })
        const tampered = payload.replace('"amount_total":5200', '"amount_total":1')
        const response = await fetch(hookUrl(), { method: "POST", headers: { "content-type": "application/json", "stripe-signature": header }, body: tampered })
        expect(response.status).toEqual(400)
        expect((await stored(id)).payments).toEqual([])
      })

      it("accepts a future timestamp (the SDK only bounds the past; pinned here so a change is noticed)", async () => {
        const { id, linkId } = await approved()
        const response = await deliver(completed(stripe.fake.payLink(linkId)), { timestamp: Math.floor(Date.now() / 1000) + 3600 })
        expect(response.status).toEqual(200)
        expect((await stored(id)).status).toEqual("paid")
      })
    })

    describe("events in any order, unknown events, failures", () => {
      it("acknowledges unknown event types and ignores them", async () => {
        const { linkId } = await approved()
        const sent = stripe.fake.payLink(linkId)
        for (const type of ["payment_intent.succeeded", "charge.succeeded"]) {
          const response = await deliver(ofType(sent, type))
          expect(response.status).toEqual(200)
          expect(response.body).toMatchObject({ outcome: "ignore" })
        }
      })

      it("payment_intent.succeeded before checkout.session.completed: ignored, then paid; checkout.session.expired after: ignored", async () => {
        const { id, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId)
        await deliver(ofType(sent, "payment_intent.succeeded"))
        expect((await stored(id)).status).toEqual("approved")
        await deliver(completed(sent))
        expect((await stored(id)).status).toEqual("paid")
        const expired = { ...completed(sent), id: "evt_expired_late", type: "checkout.session.expired" } as Stripe.Event
        expect((await deliver(expired)).status).toEqual(200)
        expect((await stored(id)).status).toEqual("paid")
      })

      it("charge.refunded before checkout.session.completed: the payment is kept as refunded and never regresses to paid", async () => {
        const { id, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId)
        const intentId = (completed(sent).data.object as Stripe.Checkout.Session).payment_intent as string
        const refundEvents = stripe.fake.refundFromDashboard(intentId)
        expect((await deliver(ofType(refundEvents, "charge.refunded"))).status).toEqual(200)
        const response = await deliver(completed(sent))
        expect(response.body).toMatchObject({ outcome: "record_refunded" })
        const after = await stored(id)
        expect(after.status).toEqual("approved")
        expect(after.payments).toEqual([expect.objectContaining({ status: "refunded", problem: expect.stringContaining("refunded in Stripe") })])
        expect(stripe.fake.store.refunds.size).toEqual(1)
        expect(await orderCount()).toEqual(0)
      })

      it("answers 5xx when Stripe cannot be read, so that Stripe delivers again; the retry is processed", async () => {
        const { id, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId)
        stripe.fake.injectFault({ method: "GET", path: /\/v1\/checkout\/sessions\//, mode: "500", times: 3 })
        const failed = await deliver(completed(sent))
        expect(failed.status).toBeGreaterThanOrEqual(500)
        expect((await stored(id)).payments).toEqual([])
        const retried = await deliver(completed(sent))
        expect(retried.status).toEqual(200)
        expect((await stored(id)).status).toEqual("paid")
      })

      it("rolls the record back when processing fails after it (5xx), so the retry applies the payment once", async () => {
        const { id, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId)
        const intentId = paymentIntentOf(sent)
        // the order's payment cannot be authorised: the intent does not look succeeded when the order is created
        const intent = stripe.fake.store.paymentIntents.get(intentId)
        intent.status = "processing"
        const failed = await deliver(completed(sent))
        expect(failed.status).toBeGreaterThanOrEqual(500)
        expect(await stored(id)).toMatchObject({ status: "approved", payments: [], order_id: null })
        expect(await customOrderService(getContainer()).listCustomOrderStripeEvents({ stripe_event_id: completed(sent).id })).toEqual([])
        expect(stripe.fake.store.paymentLinks.get(linkId).active).toBe(true)
        expect(await orderCount()).toEqual(0)

        intent.status = "succeeded"
        const retried = await deliver(completed(sent))
        expect(retried.status).toEqual(200)
        const after = await stored(id)
        expect(after.status).toEqual("paid")
        expect(after.payments).toHaveLength(1)
        expect(await orderCount()).toEqual(1)
      })
    })

    describe("payments that cannot be applied are recorded, refunded and shown to the admin", () => {
      async function expectRefunded(id: string, problem: string, intentId: string) {
        const after = await stored(id)
        expect(after.payments).toEqual([
          expect.objectContaining({ status: "refunded", problem: expect.stringContaining(problem), stripe_refund_id: expect.stringMatching(/^re_/) }),
        ])
        const refunds = [...stripe.fake.store.refunds.values()].filter((r: any) => r.payment_intent === intentId)
        expect(refunds).toHaveLength(1)
        const { data } = await api.get(`/admin/custom-orders/${id}`, admin)
        expect(data.custom_order.payments[0]).toMatchObject({ status: "refunded", problem: expect.stringContaining(problem) })
        await settle()
        expect(events.filter((e) => e.name === "custom_order.payment_refunded")).toHaveLength(1)
        expect(await orderCount()).toEqual(0)
      }

      it("an old quote version, paid on a page opened before the quote was revised", async () => {
        const { id, linkId } = await approved(52)
        const sent = stripe.fake.payLink(linkId)
        await post(`/admin/custom-orders/${id}/quote`, { amount: 60, currency_code: "usd" })
        expect(stripe.fake.store.paymentLinks.get(linkId).active).toBe(false)
        expect((await deliver(completed(sent))).body).toMatchObject({ outcome: "refund" })
        expect((await stored(id))).toMatchObject({ status: "approved", quote_version: 2 })
        await expectRefunded(id, "paid quote version 1", paymentIntentOf(sent))
      })

      it("a request cancelled meanwhile (paid after cancel)", async () => {
        const { id, token, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId)
        await api.post(`/store/custom-orders/${id}/cancel`, {}, { headers: { ...store, "x-custom-order-token": token } })
        expect(() => stripe.fake.payLink(linkId)).toThrow()
        await deliver(completed(sent))
        expect((await stored(id)).status).toEqual("cancelled")
        await expectRefunded(id, "the request is cancelled", paymentIntentOf(sent))
      })

      it("a wrong amount", async () => {
        const { id, linkId } = await approved(52)
        const sent = stripe.fake.payLink(linkId, { amountTotal: 100 })
        await deliver(completed(sent))
        await expectRefunded(id, "paid 100 USD", paymentIntentOf(sent))
      })

      it("delivered twice: refunded once", async () => {
        const { id, linkId } = await approved(52)
        const sent = stripe.fake.payLink(linkId, { amountTotal: 100 })
        await Promise.all([deliver(completed(sent)), deliver(completed(sent))])
        await deliver(completed(sent))
        await expectRefunded(id, "paid 100 USD", paymentIntentOf(sent))
      })
    })

    describe("delayed payment methods", () => {
      it("an unpaid completed session does not pay; async_payment_succeeded does", async () => {
        const { id, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId, { async: true })
        expect((await deliver(completed(sent))).body).toMatchObject({ outcome: "ignore" })
        expect((await stored(id)).status).toEqual("approved")
        const session = completed(sent).data.object as Stripe.Checkout.Session
        const later = stripe.fake.completeAsyncPayment(session.id, true)
        await deliver(ofType(later, "checkout.session.async_payment_succeeded"))
        expect((await stored(id)).status).toEqual("paid")
      })

      it("async_payment_failed pays nothing", async () => {
        const { id, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId, { async: true })
        const session = completed(sent).data.object as Stripe.Checkout.Session
        const later = stripe.fake.completeAsyncPayment(session.id, false)
        expect((await deliver(ofType(later, "checkout.session.async_payment_failed"))).status).toEqual(200)
        expect(await stored(id)).toMatchObject({ status: "approved", payments: [] })
      })
    })

    describe("payment links", () => {
      it("a link allows one payment; cancelling deactivates it", async () => {
        const paid = await approved()
        stripe.fake.payLink(paid.linkId)
        expect(() => stripe.fake.payLink(paid.linkId)).toThrow()

        const other = await approved()
        await post(`/admin/custom-orders/${other.id}/cancel`, { reason: "no longer wanted" })
        expect(stripe.fake.store.paymentLinks.get(other.linkId).active).toBe(false)
      })

      it("a lost answer while creating the link: approval rolled back with 502, no active orphan, the retry gets the same link", async () => {
        const { id } = await submitted()
        stripe.fake.injectFault({ method: "POST", path: /^\/v1\/payment_links$/, mode: "commit-then-reset", times: 3 })
        const failed = await post(`/admin/custom-orders/${id}/quote`, { amount: 52, currency_code: "usd" })
        expect(failed.status).toEqual(502)
        expect(failed.data).toMatchObject({ type: "stripe_unavailable", message: expect.stringContaining("Stripe did not answer") })
        expect(await stored(id)).toMatchObject({ status: "pending", quote_version: 0, quotes: [], payment_link_id: null })

        const links = [...stripe.fake.store.paymentLinks.values()]
        expect(links).toHaveLength(1)
        expect(links[0].active).toBe(false)
        const keys = new Set(stripe.fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_links").map((r) => r.idempotencyKey))
        expect([...keys]).toEqual([`custom-order-${id}-v1-usd5200-link`])

        const retried = await post(`/admin/custom-orders/${id}/quote`, { amount: 52, currency_code: "usd" })
        expect(retried.status).toEqual(200)
        expect(retried.data.custom_order).toMatchObject({ status: "approved", payment_link_id: links[0].id, payment_link_status: "active" })
        expect(stripe.fake.store.paymentLinks.size).toEqual(1)
        expect(stripe.fake.store.paymentLinks.get(links[0].id).active).toBe(true)
      })

      it("Stripe refusing during approval: 502, the request as it was", async () => {
        const { id } = await submitted()
        stripe.fake.injectFault({ method: "POST", path: /^\/v1\/prices$/, mode: "500", times: 6 })
        const failed = await post(`/admin/custom-orders/${id}/quote`, { amount: 52, currency_code: "usd" })
        expect(failed.status).toEqual(502)
        expect(await stored(id)).toMatchObject({ status: "pending", quote_version: 0, quotes: [] })
      })

      it("re-sends the active link, and re-creates one when none is active", async () => {
        const { id, linkId } = await approved()
        const { data: same } = await post(`/admin/custom-orders/${id}/payment-link`, {})
        expect(same.custom_order.payment_link_id).toEqual(linkId)
        await customOrderService(getContainer()).updateCustomOrders({ id, payment_link_status: "inactive" as any })
        stripe.fake.store.paymentLinks.get(linkId).active = false
        const { data: again } = await post(`/admin/custom-orders/${id}/payment-link`, {})
        expect(again.custom_order).toMatchObject({ payment_link_status: "active" })
        expect(stripe.fake.store.paymentLinks.get(again.custom_order.payment_link_id).active).toBe(true)
        const refused = await post(`/admin/custom-orders/${(await submitted()).id}/payment-link`, {})
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("only an approved request has a payment link")
      })

      it("the expiry job deactivates the expired quote's link", async () => {
        const { id, linkId } = await approved()
        await customOrderService(getContainer()).updateCustomOrders({ id, quote_expires_at: new Date(Date.now() - 1000) })
        await expireCustomOrderQuotes(getContainer())
        expect((await stored(id)).status).toEqual("expired")
        expect(stripe.fake.store.paymentLinks.get(linkId).active).toBe(false)
      })
    })

    describe("after payment", () => {
      it("reconciliation applies a payment whose webhook was lost, once", async () => {
        const { id, linkId } = await approved()
        const sent = stripe.fake.payLink(linkId)
        expect(await reconcileCustomOrderPayments(getContainer())).toMatchObject({ links_checked: 1, applied: 1 })
        expect((await stored(id)).status).toEqual("paid")
        expect(await reconcileCustomOrderPayments(getContainer())).toMatchObject({ links_checked: 0, applied: 0 })
        expect((await deliver(completed(sent))).body).toMatchObject({ outcome: "ignore" })
        expect(await orderCount()).toEqual(1)
      })

      it("an admin cancelling a paid request cancels its order and refunds the payment through Stripe", async () => {
        const { id, linkId } = await approved(52)
        const sent = stripe.fake.payLink(linkId)
        await deliver(completed(sent))
        const { order_id } = await stored(id)
        const cancelled = await post(`/admin/custom-orders/${id}/cancel`, { reason: "We cannot make it after all" })
        expect(cancelled.status).toEqual(200)
        const { data } = await api.get(`/admin/orders/${order_id}?fields=id,status`, admin)
        expect(data.order.status).toEqual("canceled")
        const intentId = paymentIntentOf(sent)
        const refunds = [...stripe.fake.store.refunds.values()].filter((r: any) => r.payment_intent === intentId)
        expect(refunds.map((r: any) => r.amount)).toEqual([5200])
      })

      it("when the refund fails, the paid request and its order are not cancelled (the money is never kept)", async () => {
        const { id, linkId } = await approved(52)
        await deliver(completed(stripe.fake.payLink(linkId)))
        const { order_id } = await stored(id)
        stripe.fake.injectFault({ method: "POST", path: /^\/v1\/refunds$/, mode: "500", times: 10 })
        const refused = await post(`/admin/custom-orders/${id}/cancel`, { reason: "We cannot make it after all" })
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect((await stored(id)).status).toEqual("paid")
        const { data } = await api.get(`/admin/orders/${order_id}?fields=id,status`, admin)
        expect(data.order.status).not.toEqual("canceled")
        expect(stripe.fake.store.refunds.size).toEqual(0)
      })

      it("reflects a refund made in the Stripe dashboard, once", async () => {
        const { id, linkId } = await approved(52)
        const sent = stripe.fake.payLink(linkId)
        await deliver(completed(sent))
        const intentId = paymentIntentOf(sent)
        const refunded = ofType(stripe.fake.refundFromDashboard(intentId, 2000), "charge.refunded")
        expect((await deliver(refunded)).body).toMatchObject({ outcome: "refund_recorded" })
        expect((await deliver(refunded)).body).toMatchObject({ outcome: "ignore" })
        expect((await stored(id)).payments).toEqual([expect.objectContaining({ status: "applied", refunded_amount: 20 })])
      })
    })
  },
})
