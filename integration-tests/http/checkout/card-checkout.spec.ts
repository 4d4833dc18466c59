import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { DEMO_PRODUCTS, skuOf } from "../../../src/scripts/demo-shop/catalog"
import { TEST_WEBHOOK_SECRETS, useFakeStripe } from "../../utils/fake-stripe"
import { seedShopAndStoreHeaders } from "../../utils/store"

jest.setTimeout(240 * 1000)

const stripe = useFakeStripe()
const ONE_OF_A_KIND = DEMO_PRODUCTS.find((p) => p.stock === 1)!
const ADDRESS = { first_name: "Ada", last_name: "Lovelace", address_1: "12 Loom Lane", city: "Santa Fe", province: "NM", postal_code: "87501", country_code: "us" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const seeded = await seedShopAndStoreHeaders(getContainer())
      store = seeded.headers
      regionId = seeded.summary.regionId
    })

    const variantOf = async (handle: string) => {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store)
      return data.products[0].variants[0].id as string
    }

    /** A cart with one piece, an address, a shipping method and a Stripe payment session, as a storefront builds it. */
    async function cartReadyToPay(handle: string, email: string) {
      const { data: created } = await api.post(
        "/store/carts",
        { region_id: regionId, email, shipping_address: ADDRESS, billing_address: ADDRESS, items: [{ variant_id: await variantOf(handle), quantity: 1 }] },
        store
      )
      const cartId = created.cart.id as string
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data: session } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_stripe_stripe" },
        store
      )
      const paymentSession = session.payment_collection.payment_sessions[0]
      return { cartId, paymentSessionId: paymentSession.id as string, intentId: paymentSession.data.id as string }
    }

    /** What Stripe.js does in the shopper's browser: confirm the intent with a card. */
    const payByCard = (intentId: string) =>
      stripe.fake.client().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })

    const complete = (cartId: string) =>
      api.post(`/store/carts/${cartId}/complete`, {}, store).then((r: any) => r, (e: any) => e.response)

    async function stockOf(sku: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "inventory_item",
        fields: ["location_levels.stocked_quantity", "location_levels.reserved_quantity"],
        filters: { sku },
      })
      return data[0].location_levels[0] as { stocked_quantity: number; reserved_quantity: number }
    }

    it("cart -> payment session -> intent confirmed by card -> order placed with the stock reserved", async () => {
      const piece = DEMO_PRODUCTS.find((p) => p.stock > 3)!
      const { cartId, intentId, paymentSessionId } = await cartReadyToPay(piece.handle, "ada@example.com")

      const intent = stripe.fake.store.paymentIntents.get(intentId)
      expect(intent).toMatchObject({ amount: expect.any(Number), currency: "usd", capture_method: "manual", metadata: { session_id: paymentSessionId } })
      await payByCard(intentId)

      const response = await complete(cartId)
      expect(response.status).toEqual(200)
      expect(response.data.type).toEqual("order")
      expect(response.data.order).toMatchObject({ email: "ada@example.com", items: [expect.objectContaining({ quantity: 1 })] })
      expect(await stockOf(skuOf(piece))).toEqual({ stocked_quantity: piece.stock, reserved_quantity: 1 })
    })

    it("a signed payment_intent.amount_capturable_updated racing the storefront's completion gives one order", async () => {
      const piece = DEMO_PRODUCTS.find((p) => p.stock > 3 && p.handle !== DEMO_PRODUCTS[0].handle)!
      const { cartId, intentId } = await cartReadyToPay(piece.handle, "race@example.com")
      await payByCard(intentId)
      const event = stripe.fake.events.filter((e) => (e.data.object as Stripe.PaymentIntent).id === intentId).at(-1)!
      expect(event.type).toEqual("payment_intent.amount_capturable_updated")

      const [webhook, completion] = await Promise.all([
        stripe.fake.deliver(`${api.defaults.baseURL}/hooks/payment/stripe_stripe`, event, { secret: TEST_WEBHOOK_SECRETS.medusaProvider }),
        complete(cartId),
      ])
      expect(webhook.status).toEqual(200)
      expect(completion.status).toEqual(200)
      // Medusa processes the webhook after a delay: wait for it, then count
      await new Promise((resolve) => setTimeout(resolve, 7000))
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(links).toHaveLength(1)
    })

    it("a bad signature on Medusa's payment webhook leads to no order; the genuine delivery completes the cart", async () => {
      const piece = DEMO_PRODUCTS.find((p) => p.stock > 3)!
      const { cartId, intentId } = await cartReadyToPay(piece.handle, "forged@example.com")
      await payByCard(intentId)
      const event = stripe.fake.events.filter((e) => (e.data.object as Stripe.PaymentIntent).id === intentId).at(-1)!
      await stripe.fake.deliver(`${api.defaults.baseURL}/hooks/payment/stripe_stripe`, event, { secret: "whsec_forged" })
      await new Promise((resolve) => setTimeout(resolve, 7000))
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(links).toHaveLength(0)

      // control: the same event, correctly signed, does place the order (the shopper closed the tab)
      await stripe.fake.deliver(`${api.defaults.baseURL}/hooks/payment/stripe_stripe`, event, { secret: TEST_WEBHOOK_SECRETS.medusaProvider })
      await new Promise((resolve) => setTimeout(resolve, 7000))
      const { data: placed } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(placed).toHaveLength(1)
    })

    it("ten shoppers paying for the last piece at once: exactly one order, stock never below zero, the others told why", async () => {
      const carts = []
      for (let i = 0; i < 10; i++) {
        carts.push(await cartReadyToPay(ONE_OF_A_KIND.handle, `shopper${i}@example.com`))
      }
      for (const cart of carts) {
        await payByCard(cart.intentId)
      }
      const results = await Promise.all(carts.map((cart) => complete(cart.cartId)))
      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      expect(orders).toHaveLength(1)
      for (const refused of results.filter((r) => !(r.status === 200 && r.data.type === "order"))) {
        const message = JSON.stringify(refused.data)
        expect(message).toMatch(/inventory|stock|quantity/i)
      }
      const level = await stockOf(skuOf(ONE_OF_A_KIND))
      expect(level.stocked_quantity).toEqual(1)
      expect(level.reserved_quantity).toEqual(1)
      expect(level.stocked_quantity - level.reserved_quantity).toBeGreaterThanOrEqual(0)
    })
  },
})
