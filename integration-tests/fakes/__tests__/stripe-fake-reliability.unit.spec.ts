import Stripe from "stripe"
import { FakeStripe, startFakeStripe } from "../stripe"
import { createLink, rejection } from "./helpers"

const INTENT = { amount: 2500, currency: "usd", metadata: { order: "o1" } }

describe("fake Stripe: idempotency and injected faults", () => {
  let fake: FakeStripe
  let stripe: Stripe

  beforeAll(async () => {
    fake = await startFakeStripe()
    stripe = fake.client()
  })
  afterEach(() => fake.reset())
  afterAll(() => fake.close())

  describe("idempotency", () => {
    it("replays the saved answer for the same key and parameters, with Idempotent-Replayed: true", async () => {
      const first = await stripe.paymentIntents.create(INTENT, { idempotencyKey: "pi-o1" })
      const second = await stripe.paymentIntents.create(INTENT, { idempotencyKey: "pi-o1" })
      expect(second.id).toBe(first.id)
      expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true")
      expect(first.lastResponse.headers["idempotent-replayed"]).toBeUndefined()
      expect(fake.store.paymentIntents.size).toBe(1)
      expect(fake.events.filter((e) => e.type === "payment_intent.created")).toHaveLength(1)
      expect(fake.requests.map((r) => [r.idempotencyKey, r.replayed])).toEqual([["pi-o1", false], ["pi-o1", true]])
    })

    it("replays the original body, not the object's current state (as Stripe does)", async () => {
      const { price } = await createLink(stripe)
      const params = { line_items: [{ price: price.id, quantity: 1 }] }
      const link = await stripe.paymentLinks.create(params, { idempotencyKey: "plink-create-co_1" })
      await stripe.paymentLinks.update(link.id, { active: false })
      const replayed = await stripe.paymentLinks.create(params, { idempotencyKey: "plink-create-co_1" })
      expect(replayed).toMatchObject({ id: link.id, active: true })
      expect((await stripe.paymentLinks.retrieve(link.id)).active).toBe(false)
    })

    it("refuses the same key with other parameters: StripeIdempotencyError, nothing created", async () => {
      await stripe.paymentIntents.create(INTENT, { idempotencyKey: "pi-o2" })
      const error = await rejection(stripe.paymentIntents.create({ ...INTENT, amount: 2600 }, { idempotencyKey: "pi-o2" }))
      expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
      expect(error).toMatchObject({ statusCode: 400, rawType: "idempotency_error" })
      const otherPath = await rejection(stripe.customers.create({}, { idempotencyKey: "pi-o2" }))
      expect(otherPath).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
      expect(fake.store.paymentIntents.size).toBe(1)
      expect(fake.store.customers.size).toBe(0)
    })

    it("does not save validation failures, so the key still works once the request is fixed", async () => {
      const bad = await rejection(stripe.paymentIntents.create({ ...INTENT, colour: "red" } as any, { idempotencyKey: "pi-o3" }))
      expect(bad).toMatchObject({ code: "parameter_unknown", param: "colour" })
      const good = await stripe.paymentIntents.create(INTENT, { idempotencyKey: "pi-o3" })
      expect(good.lastResponse.headers["idempotent-replayed"]).toBeUndefined()
      expect(fake.store.paymentIntents.size).toBe(1)
    })

    it("saves and replays errors raised once the endpoint ran (here: an unexpected state)", async () => {
      const intent = await stripe.paymentIntents.create(INTENT)
      const early = await rejection(stripe.paymentIntents.capture(intent.id, {}, { idempotencyKey: "cap-1" }))
      expect(early).toMatchObject({ code: "payment_intent_unexpected_state" })
      await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa", capture_method: "manual" })
      const replayed = await rejection(stripe.paymentIntents.capture(intent.id, {}, { idempotencyKey: "cap-1" }))
      expect(replayed).toMatchObject({ code: "payment_intent_unexpected_state", headers: { "idempotent-replayed": "true" } })
      expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe("requires_capture")
    })
  })

  describe("faults", () => {
    it('"500" answers a Stripe api_error: StripeAPIError, nothing created, then normal again', async () => {
      fake.injectFault({ method: "POST", path: /^\/v1\/payment_intents$/, mode: "500" })
      const error = await rejection(stripe.paymentIntents.create(INTENT))
      expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError)
      expect(error.statusCode).toBe(500)
      expect(fake.store.paymentIntents.size).toBe(0)
      expect((await stripe.paymentIntents.create(INTENT)).status).toBe("requires_payment_method")
      expect(fake.requests.map((r) => r.status)).toEqual([500, 200])
    })

    it('"reset" drops the connection; stripe-node retries a reset once even with maxNetworkRetries 0', async () => {
      fake.injectFault({ path: /^\/v1\/customers$/, mode: "reset", times: 2 })
      const error = await rejection(stripe.customers.create({ email: "a@example.com" }))
      expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError)
      expect(fake.requests).toHaveLength(2)
      const [a, b] = fake.requests
      expect(a.idempotencyKey).toMatch(/^stripe-node-retry-/)
      expect(b.idempotencyKey).toBe(a.idempotencyKey)
      expect(fake.store.customers.size).toBe(0)

      fake.injectFault({ path: /^\/v1\/customers$/, mode: "reset" })
      const customer = await stripe.customers.create({ email: "b@example.com" })
      expect(customer.email).toBe("b@example.com")
    })

    it('"commit-then-reset" twice: the app sees StripeConnectionError, yet the link exists once and its key returns it', async () => {
      const price = await stripe.prices.create({ currency: "usd", unit_amount: 4200, product_data: { name: "Quote v1" } })
      const params = { line_items: [{ price: price.id, quantity: 1 }], metadata: { custom_order_id: "co_7" } }
      fake.injectFault({ method: "POST", path: /^\/v1\/payment_links$/, mode: "commit-then-reset", times: 2 })

      const error = await rejection(stripe.paymentLinks.create(params, { idempotencyKey: "plink-create-co_7" }))
      expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError)
      const attempts = fake.requests.filter((r) => r.path === "/v1/payment_links")
      expect(attempts.map((r) => [r.idempotencyKey, r.fault, r.replayed])).toEqual([
        ["plink-create-co_7", "commit-then-reset", false],
        ["plink-create-co_7", "commit-then-reset", true],
      ])
      expect(fake.store.paymentLinks.size).toBe(1)
      const [orphan] = fake.store.paymentLinks.values()
      expect(orphan.metadata).toEqual({ custom_order_id: "co_7" })

      const again = await stripe.paymentLinks.create(params, { idempotencyKey: "plink-create-co_7" })
      expect(again.id).toBe(orphan.id)
      expect(fake.store.paymentLinks.size).toBe(1)
    })

    it("SDK retries (maxNetworkRetries 2) after a 500 reuse one stripe-node-retry key: one PaymentIntent", async () => {
      fake.injectFault({ method: "POST", path: /^\/v1\/payment_intents$/, mode: "500" })
      const retrying = fake.client({ maxNetworkRetries: 2 })
      const intent = await retrying.paymentIntents.create(INTENT)
      expect(intent.id).toMatch(/^pi_/)
      const keys = fake.requests.map((r) => r.idempotencyKey)
      expect(keys).toHaveLength(2)
      expect(keys[0]).toMatch(/^stripe-node-retry-[0-9a-f-]{36}$/)
      expect(keys[1]).toBe(keys[0])
      expect(fake.store.paymentIntents.size).toBe(1)
    })

    it("SDK retries after commit-then-reset get the saved answer: still one PaymentIntent", async () => {
      fake.injectFault({ method: "POST", path: /^\/v1\/payment_intents$/, mode: "commit-then-reset" })
      const intent = await fake.client({ maxNetworkRetries: 2 }).paymentIntents.create(INTENT)
      expect(intent.lastResponse.headers["idempotent-replayed"]).toBe("true")
      expect(fake.store.paymentIntents.size).toBe(1)
    })

    it('"delay" answers late; a second request with the same key meanwhile gets 409 idempotency_key_in_use', async () => {
      fake.injectFault({ method: "POST", path: /^\/v1\/customers$/, mode: "delay", delayMs: 300 })
      const started = Date.now()
      const slow = stripe.customers.create({ email: "slow@example.com" }, { idempotencyKey: "cus-1" })
      await new Promise((resolve) => setTimeout(resolve, 50))
      const busy = await rejection(stripe.customers.create({ email: "slow@example.com" }, { idempotencyKey: "cus-1" }))
      expect(busy).toMatchObject({ statusCode: 409, code: "idempotency_key_in_use" })
      const customer = await slow
      expect(Date.now() - started).toBeGreaterThanOrEqual(300)
      expect(customer.email).toBe("slow@example.com")
      expect(fake.store.customers.size).toBe(1)
    })

    it('"delay" past the client\'s timeout: StripeConnectionError, yet Stripe still made the object', async () => {
      fake.injectFault({ method: "POST", path: /^\/v1\/customers$/, mode: "delay", delayMs: 250 })
      const error = await rejection(stripe.customers.create({ email: "late@example.com" }, { timeout: 50 }))
      expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError)
      expect(error.message).toMatch(/timeout/)
      expect(fake.store.customers.size).toBe(0)
      await new Promise((resolve) => setTimeout(resolve, 350))
      expect([...fake.store.customers.values()].map((c) => c.email)).toEqual(["late@example.com"])
      expect(fake.requests).toHaveLength(1) // a timeout is not retried at maxNetworkRetries 0
    })

    it("affects only matching requests, `times` of them, and reset() disarms faults", async () => {
      fake.injectFault({ method: "GET", path: /^\/v1\/customers\//, mode: "500", times: 2 })
      const customer = await stripe.customers.create({})
      expect((await rejection(stripe.customers.retrieve(customer.id))).statusCode).toBe(500)
      expect((await rejection(stripe.customers.retrieve(customer.id))).statusCode).toBe(500)
      expect((await stripe.customers.retrieve(customer.id)).id).toBe(customer.id)
      fake.injectFault({ path: /./, mode: "500" })
      fake.reset()
      expect((await stripe.products.create({ name: "ok" })).name).toBe("ok")
    })
  })
})
