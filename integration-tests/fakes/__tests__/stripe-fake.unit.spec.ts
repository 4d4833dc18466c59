import Stripe from "stripe"
import { FakeStripe, startFakeStripe } from "../stripe"
import { createLink, rawRequest, rejection } from "./helpers"

describe("fake Stripe: catalogue, payment links and the hosted page", () => {
  let fake: FakeStripe
  let stripe: Stripe

  beforeAll(async () => {
    fake = await startFakeStripe()
    stripe = fake.client()
  })
  afterEach(() => fake.reset())
  afterAll(() => fake.close())

  it("creates a product, a price and a payment link and reads them back", async () => {
    const product = await stripe.products.create({ name: "Case", metadata: { sku: "A1", color: "red", "7": "seven" } })
    expect(product.id).toMatch(/^prod_\w{24}$/)
    const updated = await stripe.products.update(product.id, { metadata: { color: "", size: "L" }, active: false })
    expect(updated.metadata).toEqual({ sku: "A1", size: "L", "7": "seven" })
    expect(updated.active).toBe(false)

    const price = await stripe.prices.create({ product: product.id, unit_amount: 1999, currency: "USD" })
    expect(price).toMatchObject({ id: expect.stringMatching(/^price_/), product: product.id, unit_amount: 1999, currency: "usd", active: true })

    const link = await stripe.paymentLinks.create({
      line_items: [{ price: price.id, quantity: 2 }],
      metadata: { custom_order_id: "co_1" },
      payment_intent_data: { metadata: { custom_order_id: "co_1", quote_version: "3" } },
      restrictions: { completed_sessions: { limit: 1 } },
      shipping_address_collection: { allowed_countries: ["US", "CA"] },
      after_completion: { type: "redirect", redirect: { url: "http://localhost:8000/paid?session_id={CHECKOUT_SESSION_ID}" } },
      inactive_message: "Gone",
    })
    const read = await stripe.paymentLinks.retrieve(link.id)
    expect(read).toMatchObject({
      id: expect.stringMatching(/^plink_/),
      object: "payment_link",
      active: true,
      url: expect.stringMatching(/^https:\/\/buy\.stripe\.test\//),
      currency: "usd",
      metadata: { custom_order_id: "co_1" },
      payment_intent_data: { metadata: { custom_order_id: "co_1", quote_version: "3" } },
      restrictions: { completed_sessions: { limit: 1, count: 0 } },
      shipping_address_collection: { allowed_countries: ["US", "CA"] },
      after_completion: { type: "redirect", redirect: { url: "http://localhost:8000/paid?session_id={CHECKOUT_SESSION_ID}" } },
      inactive_message: "Gone",
    })
    expect(read).not.toHaveProperty("line_items")

    const items = await stripe.paymentLinks.listLineItems(link.id)
    expect(items.data).toHaveLength(1)
    expect(items.data[0]).toMatchObject({ quantity: 2, amount_total: 3998, price: { id: price.id } })
    const expanded = await stripe.paymentLinks.retrieve(link.id, { expand: ["line_items"] })
    expect(expanded.line_items?.data[0].price?.id).toBe(price.id)

    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1/products",
      `POST /v1/products/${product.id}`,
      "POST /v1/prices",
      "POST /v1/payment_links",
      `GET /v1/payment_links/${link.id}`,
      `GET /v1/payment_links/${link.id}/line_items`,
      `GET /v1/payment_links/${link.id}`,
    ])
    expect(fake.requests[3].params.line_items).toEqual([{ price: price.id, quantity: "2" }])
  })

  it("pays a link: metadata reaches the session and the PaymentIntent, and the events say so", async () => {
    const { link } = await createLink(stripe, {
      metadata: { custom_order_id: "co_9" },
      payment_intent_data: { metadata: { custom_order_id: "co_9", quote_version: "1" } },
      shipping_address_collection: { allowed_countries: ["US"] },
    })
    const events = fake.payLink(link.id, { email: "ana@example.com", name: "Ana" })
    expect(events.map((e) => e.type)).toEqual(["checkout.session.completed", "payment_intent.succeeded", "charge.succeeded"])
    const session = events[0].data.object as Stripe.Checkout.Session
    expect(session).toMatchObject({
      id: expect.stringMatching(/^cs_test_/),
      payment_link: link.id,
      metadata: { custom_order_id: "co_9" },
      amount_total: 4200,
      currency: "usd",
      status: "complete",
      payment_status: "paid",
      customer_details: { email: "ana@example.com", name: "Ana" },
      collected_information: { shipping_details: { name: "Ana", address: { country: "US" } } },
      shipping_details: { name: "Ana", address: { country: "US" } },
    })
    const intent = await stripe.paymentIntents.retrieve(session.payment_intent as string)
    expect(intent).toMatchObject({ status: "succeeded", amount: 4200, amount_received: 4200 })
    expect(intent.metadata).toEqual({ custom_order_id: "co_9", quote_version: "1" })
    const charge = await stripe.charges.retrieve(intent.latest_charge as string)
    expect(charge).toMatchObject({ paid: true, captured: true, amount_captured: 4200, payment_intent: intent.id })
    expect((await stripe.paymentLinks.retrieve(link.id)).restrictions).toBeNull()
    expect(events.every((e) => e.id.startsWith("evt_") && e.object === "event" && e.livemode === false && e.request?.id === null)).toBe(true)
    // Stripe also announces the intent's creation; payLink returns only the outcome events
    expect(fake.events.map((e) => e.type).slice(-4)).toEqual([
      "payment_intent.created",
      "charge.succeeded",
      "payment_intent.succeeded",
      "checkout.session.completed",
    ])
  })

  it("charges opts.amountTotal instead of the link total, and refuses a country the link does not ship to", async () => {
    const { link } = await createLink(stripe, { shipping_address_collection: { allowed_countries: ["CA"] } })
    const address = { line1: "1 Main", city: "Seattle", postal_code: "98101", country: "US" }
    expect(() => fake.payLink(link.id, { shipping: { name: "Bo", address } })).toThrow(/ships only to CA/)
    const [completed] = fake.payLink(link.id, { amountTotal: 100 })
    const session = completed.data.object as Stripe.Checkout.Session
    expect(session.amount_total).toBe(100)
    expect(fake.store.paymentIntents.get(session.payment_intent as string)?.amount).toBe(100)
  })

  it("refuses a second payment once restrictions.completed_sessions.limit is reached", async () => {
    const { link } = await createLink(stripe, { restrictions: { completed_sessions: { limit: 1 } } })
    fake.payLink(link.id)
    expect((await stripe.paymentLinks.retrieve(link.id)).restrictions?.completed_sessions.count).toBe(1)
    expect(() => fake.payLink(link.id)).toThrow(/reached its limit of 1/)
    expect(fake.store.checkoutSessions.size).toBe(1)
  })

  it("refuses to pay a link deactivated with active=false", async () => {
    const { link } = await createLink(stripe, { inactive_message: "This quote expired" })
    const off = await stripe.paymentLinks.update(link.id, { active: false })
    expect(off.active).toBe(false)
    expect(fake.events.at(-1)).toMatchObject({ type: "payment_link.updated", data: { previous_attributes: { active: true } } })
    expect(() => fake.payLink(link.id)).toThrow(/inactive: This quote expired/)
    expect(fake.store.paymentIntents.size).toBe(0)
  })

  it("lists checkout sessions by payment link and by payment intent", async () => {
    const { link } = await createLink(stripe)
    const { link: other } = await createLink(stripe)
    const first = fake.payLink(link.id)[0].data.object as Stripe.Checkout.Session
    const second = fake.payLink(link.id)[0].data.object as Stripe.Checkout.Session
    fake.payLink(other.id)
    const list = await stripe.checkout.sessions.list({ payment_link: link.id })
    expect(list).toMatchObject({ object: "list", has_more: false, url: "/v1/checkout/sessions" })
    expect(list.data.map((s) => s.id)).toEqual([second.id, first.id])
    const byIntent = await stripe.checkout.sessions.list({ payment_intent: first.payment_intent as string })
    expect(byIntent.data.map((s) => s.id)).toEqual([first.id])
    const page = await stripe.checkout.sessions.list({ payment_link: link.id, limit: 1 })
    expect(page.has_more).toBe(true)
  })

  it("delayed payment: completes unpaid with the intent processing, then async_payment_succeeded", async () => {
    const { link } = await createLink(stripe, { metadata: { custom_order_id: "co_2" } })
    const events = fake.payLink(link.id, { async: true })
    expect(events.map((e) => e.type)).toEqual(["checkout.session.completed", "payment_intent.processing", "charge.pending"])
    const session = events[0].data.object as Stripe.Checkout.Session
    expect(session.payment_status).toBe("unpaid")
    expect((await stripe.paymentIntents.retrieve(session.payment_intent as string)).status).toBe("processing")

    const settled = fake.completeAsyncPayment(session.id, true)
    expect(settled.map((e) => e.type)).toEqual(["checkout.session.async_payment_succeeded", "payment_intent.succeeded", "charge.succeeded"])
    expect(settled[0].data.object).toMatchObject({ id: session.id, payment_status: "paid", metadata: { custom_order_id: "co_2" } })
    expect((await stripe.paymentIntents.retrieve(session.payment_intent as string)).status).toBe("succeeded")
    expect(() => fake.completeAsyncPayment(session.id, true)).toThrow(/no payment in processing/)
  })

  it("delayed payment: async_payment_failed leaves the session unpaid and the intent without a payment method", async () => {
    const { link } = await createLink(stripe)
    const session = fake.payLink(link.id, { async: true })[0].data.object as Stripe.Checkout.Session
    const failed = fake.completeAsyncPayment(session.id, false)
    expect(failed.map((e) => e.type)).toEqual(["checkout.session.async_payment_failed", "payment_intent.payment_failed", "charge.failed"])
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe("unpaid")
    const intent = await stripe.paymentIntents.retrieve(session.payment_intent as string)
    expect(intent).toMatchObject({ status: "requires_payment_method", payment_method: null })
  })

  it("expires an open checkout session once, and lists its line items", async () => {
    const price = await stripe.prices.create({ currency: "eur", unit_amount: 500, product_data: { name: "Bead" } })
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 3 }],
      success_url: "https://shop.test/ok",
    })
    expect(session).toMatchObject({ status: "open", payment_status: "unpaid", amount_total: 1500, currency: "eur", payment_intent: null })
    expect((await stripe.checkout.sessions.listLineItems(session.id)).data[0].quantity).toBe(3)
    expect((await stripe.checkout.sessions.expire(session.id)).status).toBe("expired")
    expect(fake.events.at(-1)?.type).toBe("checkout.session.expired")
    const again = await rejection(stripe.checkout.sessions.expire(session.id))
    expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
  })

  it("validates like Stripe: parameter_unknown, parameter_missing, unknown price is a 404 resource_missing", async () => {
    const { price } = await createLink(stripe)
    const unknown = await rejection(stripe.paymentLinks.create({ line_items: [{ price: price.id, quantity: 1, colour: "red" }] } as any))
    expect(unknown).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(unknown).toMatchObject({ statusCode: 400, code: "parameter_unknown", param: "line_items[0][colour]" })

    const topLevel = await rejection(stripe.prices.create({ currency: "usd", unit_amount: 1, product: price.product as string, foo: "x" } as any))
    expect(topLevel).toMatchObject({ code: "parameter_unknown", param: "foo" })

    // (the SDK drops these names itself, so send them raw)
    for (const name of ["constructor", "__proto__"]) {
      const headers = { authorization: `Bearer ${fake.apiKey}`, "content-type": "application/x-www-form-urlencoded" }
      const raw = await rawRequest(`${fake.url}/v1/products`, { method: "POST", headers, body: `name=x&${name}[a]=y` })
      expect(JSON.parse(raw.body).error).toMatchObject({ code: "parameter_unknown", param: name })
    }

    const missing = await rejection(stripe.paymentLinks.create({} as any))
    expect(missing).toMatchObject({ statusCode: 400, code: "parameter_missing", param: "line_items" })
    const noQuantity = await rejection(stripe.paymentLinks.create({ line_items: [{ price: price.id }] } as any))
    expect(noQuantity).toMatchObject({ code: "parameter_missing", param: "line_items[0][quantity]" })

    const noSuchPrice = await rejection(stripe.paymentLinks.create({ line_items: [{ price: "price_nope", quantity: 1 }] }))
    expect(noSuchPrice).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(noSuchPrice).toMatchObject({ statusCode: 404, code: "resource_missing", param: "line_items[0][price]" })

    const noRedirect = await rejection(
      stripe.paymentLinks.create({ line_items: [{ price: price.id, quantity: 1 }], after_completion: { type: "redirect" } })
    )
    expect(noRedirect).toMatchObject({ code: "parameter_missing", param: "after_completion[redirect]" })
    const notInt = await rejection(stripe.prices.create({ currency: "usd", unit_amount: 12.5, product: price.product as string }))
    expect(notInt).toMatchObject({ code: "parameter_invalid_integer", param: "unit_amount" })

    const gone = await rejection(stripe.products.retrieve("prod_missing"))
    expect(gone).toMatchObject({ statusCode: 404, code: "resource_missing" })
    expect(fake.store.paymentLinks.size).toBe(1)
  })

  it("answers 401 without an API key or with another one", async () => {
    const res = await rawRequest(`${fake.url}/v1/products/prod_x`)
    expect(res.status).toBe(401)
    const body = JSON.parse(res.body)
    expect(body.error.type).toBe("invalid_request_error")
    expect(body.error.message).toMatch(/did not provide an API key/)
    const stranger = new Stripe("sk_test_other", { host: fake.host, port: fake.port, protocol: "http", maxNetworkRetries: 0 })
    const error = await rejection(stranger.products.create({ name: "x" }))
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    expect(fake.store.products.size).toBe(0)
  })

  it("serves events by id and lists them by type, newest first", async () => {
    const a = await stripe.products.create({ name: "A" })
    const b = await stripe.products.create({ name: "B" })
    await stripe.products.update(a.id, { name: "A2" })
    const created = await stripe.events.list({ type: "product.created" })
    expect(created.data.map((e) => (e.data.object as Stripe.Product).id)).toEqual([b.id, a.id])
    const all = await stripe.events.list({ type: "product.*" })
    expect(all.data.map((e) => e.type)).toEqual(["product.updated", "product.created", "product.created"])
    const one = await stripe.events.retrieve(all.data[0].id)
    expect(one).toMatchObject({ api_version: expect.any(String), pending_webhooks: 1, data: { previous_attributes: { name: "A" } } })
    expect(one.request?.id).toMatch(/^req_/)
  })
})
