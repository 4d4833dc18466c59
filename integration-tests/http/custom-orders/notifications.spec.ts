import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import expireCustomOrderQuotes from "../../../src/jobs/expire-custom-order-quotes"
import sendCustomOrderQuoteReminders from "../../../src/jobs/send-custom-order-quote-reminders"
import LogNotificationProviderService from "../../../src/modules/notification-log/service"
import { CustomOrderTemplates } from "../../../src/notifications/custom-order"
import { CustomOrderActorType } from "../../../src/modules/custom-order"
import { quoteCustomOrderWorkflow, rejectCustomOrderWorkflow } from "../../../src/workflows/custom-order"
import { recordStatusChangeStepId } from "../../../src/workflows/custom-order/steps"
import { loginAsAdmin } from "../../utils/admin"
import { customOrderService } from "../../utils/custom-order-service"
import { pngBytes, submissionForm, VALID_REQUEST } from "../../utils/custom-orders"
import { settle } from "../../utils/events"
import { useFakeStripe } from "../../utils/fake-stripe"
import { captureLoggedEmails, notificationsOf, SentNotification, waitForNotifications } from "../../utils/notifications"
import { createShippingStorefront } from "../../utils/shipping"
import { checkoutCompleted, customOrderWebhook } from "../../utils/stripe-webhooks"

jest.setTimeout(180 * 1000)

const stripe = useFakeStripe()

const SHOP_EMAIL = "hello@spirit-beads.test"
const SHIPPING = {
  name: "Grace Hopper",
  address: { line1: "1 Navy Way", city: "Arlington", state: "VA", postal_code: "22202", country: "US" },
}
const ADMIN_ACTOR = { type: CustomOrderActorType.ADMIN, id: "user_test" }
/** Makes a workflow fail right after it recorded the history entry (its last change). */
const failingAfterHistory = <W extends { appendAction: (...args: any[]) => unknown }>(workflow: W) => {
  workflow.appendAction("fail-for-test", recordStatusChangeStepId, {
    invoke: async () => {
      throw new Error("injected failure")
    },
  })
  return workflow
}
const T = CustomOrderTemplates

/**
 * Every message of a request's life, read back from Medusa's Notification
 * module (recipient, template, data) and from what the development provider
 * logs (the text a person reads), through the real API, the fake Stripe and
 * Medusa's own order fulfilment routes.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>
    let admin: { headers: Record<string, string> }
    let logged: string[]

    beforeAll(async () => {
      ;({ headers: store } = await createShippingStorefront(getContainer()))
      admin = await loginAsAdmin(getContainer(), api)
      logged = captureLoggedEmails(getContainer())
    })
    beforeEach(() => {
      stripe.fake.reset()
      logged.length = 0
    })

    const { deliver } = customOrderWebhook(() => api.defaults.baseURL, () => stripe.fake)
    const customOrders = () => customOrderService(getContainer())
    const post = (path: string, body: unknown) => api.post(path, body, admin).then((r: any) => r, (e: any) => e.response)
    const one = (sent: SentNotification[], template: string) => {
      const found = sent.filter((n) => n.template === template && n.status === "success")
      expect(found).toHaveLength(1)
      return found[0]
    }
    const loggedText = (template: string) => logged.filter((text) => text.startsWith(`E-mail (${template})`))

    async function submitAsGuest(form?: FormData) {
      const { data } = await api.post("/store/custom-orders", form ?? VALID_REQUEST, { headers: store })
      return { id: data.custom_order.id as string, token: data.access_token as string }
    }
    async function approve(id: string, body: Record<string, unknown> = {}) {
      const { data } = await post(`/admin/custom-orders/${id}/quote`, { amount: 52, currency_code: "usd", ...body })
      return data.custom_order
    }
    async function payQuote(linkId: string) {
      const sent = stripe.fake.payLink(linkId, { email: "grace@example.com", shipping: SHIPPING })
      expect((await deliver(checkoutCompleted(sent))).status).toEqual(200)
    }
    async function paidRequest() {
      const { id } = await submitAsGuest()
      const quoted = await approve(id)
      await payQuote(quoted.payment_link_id)
      const paid = (await customOrders().listCustomOrders({ id }))[0]
      expect(paid.status).toEqual("paid")
      return { id, orderId: paid.order_id as string }
    }
    /** What the dashboard does: "Create fulfillment" for the order's one item. */
    async function fulfil(orderId: string) {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,total,*items,*shipping_methods`, admin)
      const items = data.order.items.map((item: any) => ({ id: item.id, quantity: item.quantity }))
      const created = await post(`/admin/orders/${orderId}/fulfillments?fields=id,*fulfillments`, { items })
      expect(created.status).toEqual(200)
      const fulfillment = created.data.order.fulfillments.at(-1)
      return { order: data.order, items, fulfillmentId: fulfillment.id as string, fulfillment }
    }

    describe("the life of a request, message by message", () => {
      it("tells the shop and the customer at every step, once each, from submission to delivery", async () => {
        // submitted, as a guest, with two reference images
        const form = submissionForm({ ...VALID_REQUEST, name: "Grace Hopper", email: "grace@example.com" }, [
          { name: "compass.png", bytes: pngBytes("checkerboard") },
          { name: "colours.png", bytes: pngBytes("ocean-wave") },
        ])
        const { id, token } = await submitAsGuest(form)
        let sent = await waitForNotifications(getContainer(), id, [T.NEW_REQUEST, T.RECEIVED])
        const newRequest = one(sent, T.NEW_REQUEST)
        expect(newRequest).toMatchObject({ to: SHOP_EMAIL, from: SHOP_EMAIL, trigger_type: "custom_order.submitted" })
        expect(newRequest.data).toMatchObject({
          custom_order_id: id,
          name: "Grace Hopper",
          email: "grace@example.com",
          description: VALID_REQUEST.description,
          admin_url: `http://localhost:9000/app/custom-orders/${id}`,
        })
        expect(newRequest.data.images.map((i: any) => i.original_name).sort()).toEqual(["colours.png", "compass.png"])
        expect(loggedText(T.NEW_REQUEST)[0]).toMatch(/Reference images \(2\), in the dashboard:\n\n {2}- (compass|colours)\.png \(image\/png/)

        const receipt = one(sent, T.RECEIVED)
        expect(receipt).toMatchObject({ to: "grace@example.com", data: { access: "guest", page_url: `http://localhost:8000/custom-orders/${id}` } })
        // the access link reaches the customer, and only the customer: it is in the message, never in what is stored
        expect(loggedText(T.RECEIVED)[0]).toContain(`http://localhost:8000/custom-orders/${id}?token=${token}`)
        expect(JSON.stringify(await notificationsOf(getContainer(), id))).not.toContain(token)

        // quoted: the price, the expiry and the payment link of exactly this version
        const quoted = await approve(id, { expires_at: "2099-01-15T00:00:00.000Z", message: "Navy and gold" })
        sent = await waitForNotifications(getContainer(), id, [T.QUOTE])
        expect(one(sent, T.QUOTE)).toMatchObject({
          to: "grace@example.com",
          idempotency_key: `${T.QUOTE}:${id}:v1`,
          data: {
            amount: 52,
            currency_code: "usd",
            quote_version: 1,
            message: "Navy and gold",
            expires_at: "2099-01-15T00:00:00.000Z",
            payment_url: quoted.payment_link_url,
            revised: false,
          },
        })
        expect(quoted.payment_link_url).toEqual(expect.stringMatching(/^https?:\/\//))
        expect(loggedText(T.QUOTE)[0]).toContain(`Pay $52.00:\n${quoted.payment_link_url}`)

        // paid through the link: a receipt to the customer, the news to the shop
        await payQuote(quoted.payment_link_id)
        sent = await waitForNotifications(getContainer(), id, [T.PAID, T.PAID_SHOP])
        const orderId = (await customOrders().listCustomOrders({ id }))[0].order_id as string
        expect(one(sent, T.PAID)).toMatchObject({ to: "grace@example.com", data: { amount: 52, currency_code: "usd", order_id: orderId } })
        expect(one(sent, T.PAID_SHOP)).toMatchObject({ to: SHOP_EMAIL, data: { email: "grace@example.com", order_id: orderId } })
        expect(one(sent, T.PAID).data.order_display_id).toEqual(expect.any(Number))

        // in production
        expect((await post(`/admin/custom-orders/${id}/status`, { status: "in_production" })).status).toEqual(200)
        sent = await waitForNotifications(getContainer(), id, [T.IN_PRODUCTION])
        expect(one(sent, T.IN_PRODUCTION).to).toEqual("grace@example.com")

        // photos of the finished piece, kept with the request
        const photos = await post(
          `/admin/custom-orders/${id}/photos`,
          submissionForm({}, [{ name: "finished.png", bytes: pngBytes("sunflower-field"), field: "photos" }])
        )
        expect(photos.status).toEqual(200)
        expect(photos.data.custom_order.photos).toEqual([
          expect.objectContaining({ id: expect.stringMatching(/^cophoto_/), content_type: "image/png", original_name: "finished.png" }),
        ])
        const photoId = photos.data.custom_order.photos[0].id
        const photo = await api.get(`/admin/custom-orders/${id}/photos/${photoId}`, { ...admin, responseType: "arraybuffer" })
        expect(Buffer.from(photo.data).equals(pngBytes("sunflower-field"))).toBe(true)

        // the dashboard fulfils the Medusa order and marks it shipped with a tracking number: the request follows
        const { order, items, fulfillmentId, fulfillment } = await fulfil(orderId)
        // the order ships with the shop's cheapest option to the address, at no charge: the quote included shipping
        expect(order.total).toEqual(52)
        expect(order.shipping_methods).toEqual([
          expect.objectContaining({ name: "Standard Shipping", amount: 0, shipping_option_id: expect.stringMatching(/^so_/) }),
        ])
        expect(fulfillment.shipping_option_id).toEqual(order.shipping_methods[0].shipping_option_id)
        expect((await customOrders().listCustomOrders({ id }))[0].status).toEqual("in_production")
        const label = { tracking_number: "1Z999AA10123456784", tracking_url: "https://track.example.com/1Z999AA10123456784", label_url: "https://labels.example.com/1" }
        const shipment = await post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`, { items, labels: [label] })
        expect(shipment.status).toEqual(200)
        sent = await waitForNotifications(getContainer(), id, [T.SHIPPED])
        expect(one(sent, T.SHIPPED)).toMatchObject({
          to: "grace@example.com",
          trigger_type: "custom_order.shipped",
          data: {
            tracking: [{ number: label.tracking_number, url: label.tracking_url }],
            photos: [{ file_name: "finished-piece-1.png" }],
            photos_not_attached: 0,
          },
        })
        const shippedText = loggedText(T.SHIPPED)[0]
        expect(shippedText).toMatch(/Attached: finished-piece-1\.png \(image\/png, [\d.]+ KB\)/)
        expect(shippedText).toContain(`Tracking number:\n\n  - ${label.tracking_number}: ${label.tracking_url}`)
        const shipped = (await customOrders().listCustomOrders({ id }, { relations: ["status_history"] }))[0]
        expect(shipped.status).toEqual("shipped")
        expect(shipped.status_history.find((h: any) => h.to_status === "shipped")).toMatchObject({
          from_status: "in_production",
          actor_type: "system",
          actor_id: "order-fulfilment",
          reason: expect.stringContaining(`Fulfilment ${fulfillmentId} of order #`),
        })

        // delivered: completed
        expect((await post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {})).status).toEqual(200)
        sent = await waitForNotifications(getContainer(), id, [T.COMPLETED])
        expect(one(sent, T.COMPLETED).to).toEqual("grace@example.com")
        expect((await customOrders().listCustomOrders({ id }))[0].status).toEqual("completed")

        // one message per step, nothing twice, nothing failed
        await settle()
        const all = await notificationsOf(getContainer(), id)
        expect(all.map((n) => n.template).sort()).toEqual(
          [T.NEW_REQUEST, T.RECEIVED, T.QUOTE, T.PAID, T.PAID_SHOP, T.IN_PRODUCTION, T.SHIPPED, T.COMPLETED].sort()
        )
        expect(all.every((n) => n.status === "success")).toBe(true)
      })

      it("a revised quote, a resent link and a rejection are each a message of their own; the reason is told", async () => {
        const { id } = await submitAsGuest()
        await approve(id, { amount: 40 })
        await approve(id, { amount: 45, quote_version: 1 })
        await waitForNotifications(getContainer(), id, [T.QUOTE])
        expect((await post(`/admin/custom-orders/${id}/payment-link`, {})).status).toEqual(200)
        expect((await post(`/admin/custom-orders/${id}/reject`, { reason: "We do not bead penguins" })).status).toEqual(200)
        const sent = await waitForNotifications(getContainer(), id, [T.REJECTED])
        expect(one(sent, T.REJECTED)).toMatchObject({ to: VALID_REQUEST.email, data: { reason: "We do not bead penguins" } })
        await settle()
        const quotes = (await notificationsOf(getContainer(), id)).filter((n) => n.template === T.QUOTE)
        // the first quote's message may have been overtaken by the revision (never sent stale); the revision and the resend are sent
        expect(quotes.filter((n) => n.data.quote_version === 2).map((n) => n.data.revised)).toEqual([true, false])
        expect(quotes.filter((n) => n.data.quote_version === 2).map((n) => n.data.amount)).toEqual([45, 45])
        expect(quotes.every((n) => n.status === "success")).toBe(true)
      })
    })

    describe("cancellation and expiry", () => {
      it("tell the customer: who cancelled and why, the refund of a paid request, an expired quote once per version", async () => {
        // the shopper cancels their own request (with the token)
        const own = await submitAsGuest()
        const cancelled = await api.post(`/store/custom-orders/${own.id}/cancel`, {}, { headers: { ...store, "x-custom-order-token": own.token } })
        expect(cancelled.status).toEqual(200)
        const byShopper = one(await waitForNotifications(getContainer(), own.id, [T.CANCELLED]), T.CANCELLED)
        expect(byShopper).toMatchObject({ to: VALID_REQUEST.email, data: { by_shop: false, reason: null, refunded: false } })
        expect(loggedText(T.CANCELLED).at(-1)).toContain("Your custom order request is cancelled, as you asked.")

        // the shop cancels a paid request: refunded through Stripe, and the customer is told so
        const { id: paidId } = await paidRequest()
        expect((await post(`/admin/custom-orders/${paidId}/cancel`, { reason: "Our bead supplier closed" })).status).toEqual(200)
        const byShop = one(await waitForNotifications(getContainer(), paidId, [T.CANCELLED]), T.CANCELLED)
        expect(byShop.data).toMatchObject({ by_shop: true, reason: "Our bead supplier closed", refunded: true })
        const text = loggedText(T.CANCELLED).at(-1)!
        expect(text).toContain("Our bead supplier closed")
        expect(text).toContain("Your payment has been refunded in full")

        // an approved quote past its date expires: one message for that version, none when the job runs again
        const { id } = await submitAsGuest()
        await approve(id, { expires_at: "2099-01-01" })
        await customOrders().updateCustomOrders({ id, quote_expires_at: new Date(Date.now() - 60_000) })
        expect(await expireCustomOrderQuotes(getContainer(), { scheduledFor: new Date() })).toMatchObject({ expired: 1 })
        const expired = one(await waitForNotifications(getContainer(), id, [T.EXPIRED]), T.EXPIRED)
        expect(expired).toMatchObject({ to: VALID_REQUEST.email, idempotency_key: `${T.EXPIRED}:${id}:v1` })
        expect(await expireCustomOrderQuotes(getContainer(), { scheduledFor: new Date() })).toMatchObject({ expired: 0 })
        await settle()
        expect((await notificationsOf(getContainer(), id)).filter((n) => n.template === T.EXPIRED)).toHaveLength(1)
      })
    })

    describe("failures", () => {
      it("sends nothing for a workflow that failed and was rolled back", async () => {
        const { id } = await submitAsGuest()
        await waitForNotifications(getContainer(), id, [T.NEW_REQUEST, T.RECEIVED])
        const quote = failingAfterHistory(quoteCustomOrderWorkflow(getContainer()))
        const { errors } = await quote.run({
          input: { custom_order_id: id, quote: { amount: 10, currency_code: "usd" }, actor: ADMIN_ACTOR },
          throwOnError: false,
        })
        expect(errors[0].error.message).toEqual("injected failure")
        const reject = failingAfterHistory(rejectCustomOrderWorkflow(getContainer()))
        const rejected = await reject.run({ input: { custom_order_id: id, actor: ADMIN_ACTOR, reason: "no" }, throwOnError: false })
        expect(rejected.errors[0].error.message).toEqual("injected failure")

        await settle(1000)
        expect((await customOrders().listCustomOrders({ id }))[0].status).toEqual("pending")
        expect((await notificationsOf(getContainer(), id)).map((n) => n.template).sort()).toEqual([T.NEW_REQUEST, T.RECEIVED].sort())
      })

      it("a provider that fails does not fail the workflow; the message is retried and sent once", async () => {
        const { id } = await submitAsGuest()
        await waitForNotifications(getContainer(), id, [T.NEW_REQUEST, T.RECEIVED])
        const send = jest
          .spyOn(LogNotificationProviderService.prototype, "send")
          .mockRejectedValueOnce(new Error("SMTP server unavailable"))
        try {
          const response = await post(`/admin/custom-orders/${id}/reject`, { reason: "Out of navy beads" })
          expect(response.status).toEqual(200)
          expect(response.data.custom_order.status).toEqual("rejected")

          const sent = await waitForNotifications(getContainer(), id, [T.REJECTED])
          expect(one(sent, T.REJECTED)).toMatchObject({ idempotency_key: `${T.REJECTED}:${id}`, data: { reason: "Out of navy beads" } })
          const attempts = (await notificationsOf(getContainer(), id)).filter((n) => n.template === T.REJECTED)
          expect(attempts.map((n) => [n.status, n.idempotency_key])).toEqual([
            ["failure", `${T.REJECTED}:${id}:failed-1`],
            ["success", `${T.REJECTED}:${id}`],
          ])
          expect(attempts[1].original_notification_id).toEqual(attempts[0].id)
          expect(send).toHaveBeenCalledTimes(2)
          expect(loggedText(T.REJECTED)).toHaveLength(1)
        } finally {
          send.mockRestore()
        }
        expect((await customOrders().listCustomOrders({ id }))[0].status).toEqual("rejected")
      })
    })

    describe("following the Medusa order's fulfilment", () => {
      it("delivered without being marked shipped: shipped, then completed; without tracking numbers", async () => {
        const { id, orderId } = await paidRequest()
        const { fulfillmentId } = await fulfil(orderId)
        expect((await post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {})).status).toEqual(200)
        const sent = await waitForNotifications(getContainer(), id, [T.SHIPPED, T.COMPLETED])
        expect(one(sent, T.SHIPPED).data).toMatchObject({ tracking: [], photos: [] })
        const done = (await customOrders().listCustomOrders({ id }, { relations: ["status_history"] }))[0]
        expect(done.status).toEqual("completed")
        expect(done.status_history.map((h: any) => h.to_status).slice(-2)).toEqual(["shipped", "completed"])
      })

      it("a shipment with 'send notification' unticked moves the request without telling the customer", async () => {
        const { id, orderId } = await paidRequest()
        const { items, fulfillmentId } = await fulfil(orderId)
        await post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`, { items, no_notification: true })
        for (let i = 0; i < 50 && (await customOrders().listCustomOrders({ id }))[0].status !== "shipped"; i++) await settle(100)
        expect((await customOrders().listCustomOrders({ id }))[0].status).toEqual("shipped")
        await settle(500)
        expect((await notificationsOf(getContainer(), id)).some((n) => n.template === T.SHIPPED)).toBe(false)
      })
    })

    describe("photos of the finished piece", () => {
      it("are checked like reference images and only accepted once the piece is paid for", async () => {
        const { id } = await submitAsGuest()
        const early = await post(
          `/admin/custom-orders/${id}/photos`,
          submissionForm({}, [{ name: "finished.png", bytes: pngBytes(), field: "photos" }])
        )
        expect(early.status).toEqual(400)
        expect(early.data).toEqual({
          type: "not_allowed",
          message: `Custom order ${id} is pending; photos of the finished piece can be added once it is paid`,
        })
        await customOrders().updateCustomOrders({ id, status: "paid" as any })
        const notImage = await post(
          `/admin/custom-orders/${id}/photos`,
          submissionForm({}, [{ name: "notes.png", bytes: Buffer.from("not an image"), field: "photos" }])
        )
        expect(notImage.data.message).toEqual(
          "photos[0] (notes.png): not an image we accept (image/jpeg, image/png, image/webp, image/gif), judged by its content"
        )
        expect((await post(`/admin/custom-orders/${id}/photos`, submissionForm({}, []))).data.message).toEqual(
          "photos: at least one image is required"
        )
        expect((await post(`/admin/custom-orders/${id}/photos`, {})).data.message).toEqual(
          "photos: send the images as multipart/form-data"
        )
        expect(await customOrders().listCustomOrderPhotographs({ custom_order_id: id })).toEqual([])
        const missing = await api.get(`/admin/custom-orders/${id}/photos/cophoto_nope`, admin).catch((e: any) => e.response)
        expect(missing.status).toEqual(404)
      })
    })

    describe("quote reminders", () => {
      const hours = (h: number) => new Date(Date.now() + h * 3600_000)

      it("reminds once, within the configured time before expiry, and again for a new quote version", async () => {
        const soon = await submitAsGuest()
        await approve(soon.id, { expires_at: hours(5).toISOString() })
        const later = await submitAsGuest()
        await approve(later.id, { expires_at: hours(72).toISOString() })
        await waitForNotifications(getContainer(), soon.id, [T.QUOTE])

        // called as Medusa's scheduler calls it
        expect(await sendCustomOrderQuoteReminders(getContainer(), { scheduledFor: new Date() })).toEqual({ due: 1, reminded: 1 })
        const sent = await waitForNotifications(getContainer(), soon.id, [T.QUOTE_REMINDER])
        expect(one(sent, T.QUOTE_REMINDER)).toMatchObject({
          to: VALID_REQUEST.email,
          idempotency_key: `${T.QUOTE_REMINDER}:${soon.id}:v1`,
          data: { quote_version: 1, amount: 52, payment_url: expect.stringMatching(/^https?:\/\//) },
        })
        expect(loggedText(T.QUOTE_REMINDER)[0]).toContain("Subject: Your quote from Spirit Beads expires on")

        // again: nobody is reminded twice
        expect(await sendCustomOrderQuoteReminders(getContainer())).toEqual({ due: 0, reminded: 0 })
        // a longer window (set in the environment) reaches the later quote
        process.env.CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY = "96"
        try {
          expect(await sendCustomOrderQuoteReminders(getContainer())).toEqual({ due: 1, reminded: 1 })
        } finally {
          delete process.env.CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY
        }
        await waitForNotifications(getContainer(), later.id, [T.QUOTE_REMINDER])

        // a revised quote is a new quote: it gets its own reminder
        await approve(soon.id, { amount: 60, quote_version: 1, expires_at: hours(3).toISOString() })
        expect((await customOrders().listCustomOrders({ id: soon.id }))[0].quote_reminder_sent_at).toBeNull()
        expect(await sendCustomOrderQuoteReminders(getContainer())).toEqual({ due: 1, reminded: 1 })
        await settle()
        const reminders = (await notificationsOf(getContainer(), soon.id)).filter((n) => n.template === T.QUOTE_REMINDER)
        expect(reminders.map((n) => [n.data.quote_version, n.data.amount])).toEqual([
          [1, 52],
          [2, 60],
        ])
      })
    })
  },
})
