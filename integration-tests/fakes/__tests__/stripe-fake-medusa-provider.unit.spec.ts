import { createRequire } from "node:module"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import Stripe from "stripe"
import { FakeStripe, serializeEvent, startFakeStripe } from "../stripe"

/**
 * Medusa's Stripe payment provider (which bundles its own stripe v15 SDK)
 * against the fake: every call it makes must be answered like Stripe would.
 */

const SECRET = "whsec_provider"

type StripeV15Constructor = new (key: string, config: Record<string, unknown>) => unknown
/** The stripe SDK the provider itself requires (v15), not the project's v23. */
const StripeV15 = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as StripeV15Constructor

class ProviderOnFake extends StripeProviderService {
  constructor(fake: FakeStripe, maxNetworkRetries: number) {
    super({}, { apiKey: fake.apiKey, webhookSecret: SECRET })
    this.stripe_ = new StripeV15(fake.apiKey, { host: fake.host, port: fake.port, protocol: "http", maxNetworkRetries }) as typeof this.stripe_
  }
}

describe("fake Stripe: Medusa's Stripe provider (stripe v15) against it", () => {
  let fake: FakeStripe
  let stripe: Stripe
  let provider: ProviderOnFake

  beforeAll(async () => {
    fake = await startFakeStripe()
    stripe = fake.client()
    provider = new ProviderOnFake(fake, 0)
  })
  afterEach(() => fake.reset())
  afterAll(() => fake.close())

  it("initiate -> shopper confirms -> authorize -> capture -> refund, with the params and keys Medusa sends", async () => {
    const started = await provider.initiatePayment({
      amount: 42.5,
      currency_code: "usd",
      data: { session_id: "payses_1" },
      context: { idempotency_key: "payses_1" },
    })
    expect(started).toMatchObject({ id: expect.stringMatching(/^pi_/), status: "pending" })
    const create = fake.requests[0]
    expect(create).toMatchObject({ method: "POST", path: "/v1/payment_intents", idempotencyKey: "payses_1", status: 200 })
    expect(create.params).toEqual({
      amount: "4250",
      currency: "usd",
      metadata: { session_id: "payses_1" },
      capture_method: "manual",
      expand: ["payment_method"],
    })

    await stripe.paymentIntents.confirm(started.id, { payment_method: "pm_card_visa" }) // Stripe.js on the storefront
    const authorized = await provider.authorizePayment({ data: { id: started.id } })
    expect(authorized.status).toBe("authorized")
    expect(fake.requests.at(-1)).toMatchObject({ method: "GET", params: { expand: ["payment_method"] } })

    const captured = await provider.capturePayment({ data: { id: started.id }, context: { idempotency_key: "capt_1" } })
    expect(captured.data).toMatchObject({ status: "succeeded", amount_received: 4250 })
    // a second capture gets payment_intent_unexpected_state with the intent attached, which the provider treats as done
    const twice = await provider.capturePayment({ data: { id: started.id }, context: { idempotency_key: "capt_2" } })
    expect(twice.data).toMatchObject({ id: started.id, status: "succeeded" })
    expect(fake.requests.at(-1)?.status).toBe(400)

    await provider.refundPayment({ amount: 10, data: { id: started.id, currency: "usd" }, context: { idempotency_key: "ref_1" } })
    await provider.refundPayment({ amount: 32.5, data: { id: started.id, currency: "usd" }, context: { idempotency_key: "ref_2" } })
    expect([...fake.store.refunds.values()].map((r) => r.amount)).toEqual([1000, 3250])
    // refunding a fully refunded charge answers charge_already_refunded, which the provider swallows
    const third = provider.refundPayment({ amount: 1, data: { id: started.id, currency: "usd" }, context: { idempotency_key: "ref_3" } })
    await expect(third).resolves.toBeDefined()
    expect(fake.requests.at(-1)).toMatchObject({ params: { amount: "100", payment_intent: started.id }, status: 400 })

    const retrieved = await provider.retrievePayment({ data: { id: started.id } })
    expect(retrieved.data).toMatchObject({ id: started.id, amount: 42.5 })
  })

  it("update, cancel (twice), and the webhook mapping of the fake's events", async () => {
    const started = await provider.initiatePayment({ amount: 10, currency_code: "eur", data: { session_id: "payses_2" }, context: {} })
    const updated = await provider.updatePayment({ data: { id: started.id, amount: 1000 }, amount: 12, currency_code: "eur", context: {} })
    expect(updated.data).toMatchObject({ amount: 1200 })
    expect(fake.requests.at(-1)?.params).toEqual({ amount: "1200", expand: ["payment_method"] })

    await stripe.paymentIntents.confirm(started.id, { payment_method: "pm_card_visa" })
    const capturable = fake.events.find((e) => e.type === "payment_intent.amount_capturable_updated")!
    const payload = serializeEvent(capturable)
    const action = await provider.getWebhookActionAndData({
      data: JSON.parse(payload),
      rawData: Buffer.from(payload),
      headers: { "stripe-signature": fake.sign(payload, { secret: SECRET }) },
    })
    expect(action).toEqual({ action: "authorized", data: { session_id: "payses_2", amount: 12 } })

    const canceled = await provider.cancelPayment({ data: { id: started.id }, context: { idempotency_key: "cancel_1" } })
    expect(canceled.data).toMatchObject({ status: "canceled" })
    const again = await provider.cancelPayment({ data: { id: started.id }, context: { idempotency_key: "cancel_2" } })
    expect(again.data).toMatchObject({ status: "canceled" })
  })

  it("account holders and saved payment methods", async () => {
    const customer = {
      id: "cus_medusa_1",
      email: "ana@example.com",
      first_name: "Ana",
      last_name: "B",
      phone: null,
      company_name: null,
      billing_address: { address_1: "1 rue", address_2: null, city: "Lyon", country_code: "fr", postal_code: "69001", province: null },
    }
    const holder = await provider.createAccountHolder({ context: { customer, idempotency_key: "cus_medusa_1" } })
    expect(holder.id).toMatch(/^cus_/)
    expect(fake.requests.at(-1)?.params).toEqual({
      email: "ana@example.com",
      name: "Ana B",
      phone: "",
      address: { city: "Lyon", country: "fr", line1: "1 rue", line2: "", postal_code: "69001", state: "" },
    })
    const account_holder = { data: { id: holder.id } }
    await provider.updateAccountHolder({ context: { account_holder, customer: { ...customer, first_name: "Anna" } } })
    expect(fake.store.customers.get(holder.id)).toMatchObject({ name: "Anna B", address: { line2: null, city: "Lyon" } })

    const saved = await provider.savePaymentMethod({ context: { account_holder }, data: { payment_method: "pm_card_visa", confirm: true } })
    expect(saved.id).toMatch(/^seti_/)
    const methods = await provider.listPaymentMethods({ context: { account_holder } })
    expect(methods).toHaveLength(1)
    expect(fake.requests.at(-1)).toMatchObject({ method: "GET", path: `/v1/customers/${holder.id}/payment_methods`, params: { limit: "100" } })
    await provider.deletePaymentMethod({ data: { id: methods[0].id }, context: {} })
    expect(await provider.listPaymentMethods({ context: { account_holder } })).toHaveLength(0)
    await provider.deleteAccountHolder({ context: { account_holder } })
    expect(fake.store.customers.get(holder.id)).toEqual({ id: holder.id, object: "customer", deleted: true })
  })

  it("stripe v15 with maxNetworkRetries 0 sends no idempotency key, so its silent retry after a reset duplicates the intent", async () => {
    fake.injectFault({ method: "POST", path: /^\/v1\/payment_intents$/, mode: "commit-then-reset" })
    await provider.initiatePayment({ amount: 5, currency_code: "usd", data: { session_id: "payses_3" }, context: {} })
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([undefined, undefined])
    expect(fake.store.paymentIntents.size).toBe(2)

    fake.reset()
    fake.injectFault({ method: "POST", path: /^\/v1\/payment_intents$/, mode: "commit-then-reset" })
    const withDefaults = new ProviderOnFake(fake, 1) // v15's default: one retry, and then it sends stripe-node-retry-* keys
    await withDefaults.initiatePayment({ amount: 5, currency_code: "usd", data: { session_id: "payses_4" }, context: {} })
    expect(fake.requests.map((r) => r.replayed)).toEqual([false, true])
    expect(fake.store.paymentIntents.size).toBe(1)
  })
})
