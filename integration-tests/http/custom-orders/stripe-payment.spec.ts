import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type Stripe from "stripe"
import { loginAsAdmin } from "../../utils/admin"
import { customOrderService } from "../../utils/custom-order-service"
import { VALID_REQUEST } from "../../utils/custom-orders"
import { captureCustomOrderEvents, CapturedEvent, settle } from "../../utils/events"
import { useFakeStripe } from "../../utils/fake-stripe"
import { checkoutCompleted, customOrderWebhook } from "../../utils/stripe-webhooks"
import { createShippingStorefront } from "../../utils/shipping"

jest.setTimeout(180 * 1000)

const stripe = useFakeStripe()

const SHIPPING = {
  name: "Grace Hopper",
  address: { line1: "1 Navy Way", city: "Arlington", state: "VA", postal_code: "22202", country: "US" },
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>
    let admin: { headers: Record<string, string> }
    let events: CapturedEvent[]

    beforeAll(async () => {
      store = (await createShippingStorefront(getContainer())).headers
      admin = await loginAsAdmin(getContainer(), api)
      events = captureCustomOrderEvents(getContainer(), ["order.placed"])
    })
    beforeEach(() => {
      stripe.fake.reset()
    })

    const webhook = customOrderWebhook(() => api.defaults.baseURL, () => stripe.fake)
    const { deliver } = webhook
    const completed = checkoutCompleted
    const stored = async (id: string) =>
      (await customOrderService(getContainer()).listCustomOrders({ id }, { relations: ["payments", "status_history"] }))[0]

    async function approvedRequest(amount = 52) {
      const { data } = await api.post("/store/custom-orders", VALID_REQUEST, { headers: store })
      const id = data.custom_order.id as string
      const { data: quoted } = await api.post(
        `/admin/custom-orders/${id}/quote`,
        { amount, currency_code: "usd", quote_version: 0 },
        admin
      )
      return { id, linkId: quoted.custom_order.payment_link_id as string, custom_order: quoted.custom_order }
    }

    describe("submit -> quote -> pay -> signed webhook -> Medusa order", () => {
      it("creates one order linked to the paid request; three more deliveries change nothing", async () => {
        const { id, linkId, custom_order } = await approvedRequest(52)
        expect(custom_order).toMatchObject({ status: "approved", payment_link_status: "active", payment_link_url: expect.any(String) })

        // the link Stripe holds: exactly the quote, our metadata, one payment, a shipping address, the redirect
        const link = stripe.fake.store.paymentLinks.get(linkId)
        expect(link).toMatchObject({
          active: true,
          metadata: { custom_order_id: id, quote_version: "1" },
          payment_intent_data: { metadata: { custom_order_id: id, quote_version: "1" } },
          restrictions: { completed_sessions: { limit: 1 } },
          shipping_address_collection: { allowed_countries: ["US"] },
          after_completion: { type: "redirect", redirect: { url: expect.stringContaining(`/custom-orders/${id}/paid`) } },
        })

        const sent = stripe.fake.payLink(linkId, { email: "grace@example.com", shipping: SHIPPING })
        const session = completed(sent).data.object as Stripe.Checkout.Session
        expect(session.metadata).toEqual({ custom_order_id: id, quote_version: "1" })
        const intent = stripe.fake.store.paymentIntents.get(session.payment_intent as string)
        expect(intent.metadata).toEqual({ custom_order_id: id, quote_version: "1" })
        await settle()
        events.length = 0

        const first = await deliver(completed(sent))
        expect(first.status).toEqual(200)
        expect(first.body).toMatchObject({ received: true, outcome: "apply" })

        const paid = await stored(id)
        expect(paid).toMatchObject({ status: "paid", payment_link_status: "inactive", stripe_payment_intent_id: intent.id })
        expect(paid.order_id).toEqual(expect.stringMatching(/^order_/))
        expect(paid.payments).toEqual([expect.objectContaining({ status: "applied", amount: 52, currency_code: "usd" })])
        expect(stripe.fake.store.paymentLinks.get(linkId).active).toBe(false)

        // the order, as the dashboard sees it
        const { data: orderData } = await api.get(
          `/admin/orders/${paid.order_id}?fields=id,email,total,payment_status,*items,*shipping_address,*payment_collections,*payment_collections.payments`,
          admin
        )
        const order = orderData.order
        expect(order).toMatchObject({ email: "grace@example.com", total: 52, payment_status: "captured" })
        expect(order.items).toEqual([expect.objectContaining({ quantity: 1, unit_price: 52, title: expect.stringContaining("Custom piece") })])
        expect(order.shipping_address).toMatchObject({ address_1: "1 Navy Way", city: "Arlington", postal_code: "22202", country_code: "us", first_name: "Grace", last_name: "Hopper" })
        const payments = order.payment_collections.flatMap((c: any) => c.payments)

        // what the dashboard's "Fulfill items" needs: the item's product ships with the profile of the order's
        // shipping option (a custom line item without a product was filtered out of every fulfilment)
        const { data: shippable } = await api.get(
          `/admin/orders/${paid.order_id}?fields=id,+items.variant.product.shipping_profile.id,+items.variant.product.handle,+items.variant.product.status,+items.variant.product.sales_channels.id,+shipping_methods.shipping_option_id`,
          admin
        )
        const product = shippable.order.items[0].variant.product
        // a draft in no sales channel: the store never sells it
        expect(product).toMatchObject({ handle: "custom-piece", status: "draft", sales_channels: [] })
        const optionId = shippable.order.shipping_methods[0].shipping_option_id
        const { data: option } = await api.get(`/admin/shipping-options/${optionId}`, admin)
        expect(product.shipping_profile.id).toEqual(option.shipping_option.shipping_profile_id)
        expect(payments).toEqual([expect.objectContaining({ provider_id: "pp_stripe-link_custom-orders", data: expect.objectContaining({ stripe_payment_intent_id: intent.id }) })])

        // the admin API shows the order linked to the paid request
        const { data: detail } = await api.get(`/admin/custom-orders/${id}`, admin)
        expect(detail.custom_order).toMatchObject({ status: "paid", order: expect.objectContaining({ id: paid.order_id }) })
        const { data: listed } = await api.get(`/admin/orders?fields=id,total`, admin)
        expect(listed.orders.map((o: any) => o.id)).toContain(paid.order_id)

        // the same event three more times at once, and once more re-signed later: 2xx, no change
        const again = await Promise.all([1, 2, 3].map(() => deliver(completed(sent))))
        expect(again.map((r) => r.status)).toEqual([200, 200, 200])
        const resigned = await deliver(completed(sent), { timestamp: Math.floor(Date.now() / 1000) + 5 })
        expect(resigned.status).toEqual(200)

        const after = await stored(id)
        expect(after.payments).toHaveLength(1)
        expect(after.order_id).toEqual(paid.order_id)
        expect(after.status_history.filter((h: any) => h.to_status === "paid")).toHaveLength(1)
        const { data: orders } = await api.get(`/admin/orders?fields=id`, admin)
        expect(orders.orders).toHaveLength(1)
        await settle()
        expect(events.filter((e) => e.name === "order.placed")).toHaveLength(1)
        expect(events.filter((e) => e.name === "custom_order.paid")).toHaveLength(1)
        expect(stripe.fake.store.refunds.size).toEqual(0)
      })
    })
  },
})
