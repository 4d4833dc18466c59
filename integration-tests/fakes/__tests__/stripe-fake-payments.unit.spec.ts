import Stripe from "stripe"
import { FakeStripe, startFakeStripe } from "../stripe"
import { createLink, rejection } from "./helpers"

describe("fake Stripe: PaymentIntents, charges, refunds, customers", () => {
  let fake: FakeStripe
  let stripe: Stripe

  beforeAll(async () => {
    fake = await startFakeStripe()
    stripe = fake.client()
  })
  afterEach(() => fake.reset())
  afterAll(() => fake.close())

  const newTypes = (before: number) => fake.events.slice(before).map((e) => e.type)

  it("manual capture: requires_payment_method -> confirm -> requires_capture -> capture -> succeeded", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 5000,
      currency: "usd",
      capture_method: "manual",
      metadata: { session_id: "payses_1" },
    })
    expect(intent).toMatchObject({ status: "requires_payment_method", amount_capturable: 0, latest_charge: null })
    expect(intent.id).toMatch(/^pi_\w{24}$/)
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_`))

    let mark = fake.events.length
    const confirmed = await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    expect(confirmed).toMatchObject({ status: "requires_capture", amount_capturable: 5000, amount_received: 0 })
    expect(confirmed.payment_method).toMatch(/^pm_/)
    expect(newTypes(mark)).toEqual(["charge.succeeded", "payment_intent.amount_capturable_updated"])

    mark = fake.events.length
    const captured = await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 4000 })
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 4000, amount_capturable: 0, metadata: { session_id: "payses_1" } })
    expect(newTypes(mark)).toEqual(["charge.captured", "payment_intent.succeeded"])
    const charge = await stripe.charges.retrieve(captured.latest_charge as string)
    expect(charge).toMatchObject({ captured: true, amount: 5000, amount_captured: 4000, metadata: { session_id: "payses_1" } })
    expect(charge.id).toMatch(/^ch_/)
  })

  it("automatic capture: create with confirm=true succeeds at once and expands payment_method", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 1200,
      currency: "eur",
      capture_method: "automatic",
      confirm: true,
      payment_method: "pm_card_mastercard",
      expand: ["payment_method"],
    })
    expect(intent.status).toBe("succeeded")
    expect(intent.amount_received).toBe(1200)
    expect(intent.payment_method).toMatchObject({ object: "payment_method", type: "card", card: { brand: "mastercard", last4: "4444" } })
    expect(fake.events.map((e) => e.type)).toEqual(["payment_intent.created", "charge.succeeded", "payment_intent.succeeded"])
    const bad = await rejection(stripe.paymentIntents.retrieve(intent.id, { expand: ["metadata"] }))
    expect(bad).toMatchObject({ statusCode: 400, param: "expand" })
  })

  it("refuses actions the intent's state does not allow with payment_intent_unexpected_state and the intent", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 900, currency: "usd" })
    const early = await rejection(stripe.paymentIntents.capture(intent.id))
    expect(early).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(early).toMatchObject({ code: "payment_intent_unexpected_state", payment_intent: { id: intent.id, status: "requires_payment_method" } })

    const noMethod = await rejection(stripe.paymentIntents.confirm(intent.id))
    expect(noMethod).toMatchObject({ code: "payment_intent_unexpected_state" })

    await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    const late = await rejection(stripe.paymentIntents.capture(intent.id))
    expect(late).toMatchObject({ code: "payment_intent_unexpected_state", payment_intent: { status: "succeeded" } })
    const cancel = await rejection(stripe.paymentIntents.cancel(intent.id))
    expect(cancel).toMatchObject({ code: "payment_intent_unexpected_state", payment_intent: { status: "succeeded" } })
    const amount = await rejection(stripe.paymentIntents.update(intent.id, { amount: 1000 }))
    expect(amount).toMatchObject({ code: "payment_intent_unexpected_state" })
    // metadata may change in any state
    expect((await stripe.paymentIntents.update(intent.id, { metadata: { note: "x" } })).metadata).toEqual({ note: "x" })
  })

  it("cancels, updates before confirmation, and declines a declining test card with a 402 card_error", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 700, currency: "usd", capture_method: "manual" })
    const updated = await stripe.paymentIntents.update(intent.id, { amount: 800, expand: ["payment_method"] })
    expect(updated.amount).toBe(800)
    const canceled = await stripe.paymentIntents.cancel(intent.id, { cancellation_reason: "abandoned" })
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "abandoned", canceled_at: expect.any(Number) })
    expect(fake.events.at(-1)?.type).toBe("payment_intent.canceled")

    const other = await stripe.paymentIntents.create({ amount: 700, currency: "usd" })
    const declined = await rejection(stripe.paymentIntents.confirm(other.id, { payment_method: "pm_card_chargeDeclined" }))
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(declined).toMatchObject({ statusCode: 402, code: "card_declined", decline_code: "generic_decline" })
    expect(declined.payment_intent).toMatchObject({ id: other.id, status: "requires_payment_method" })
    expect(fake.events.slice(-2).map((e) => e.type)).toEqual(["charge.failed", "payment_intent.payment_failed"])

    const tooSmall = await rejection(stripe.paymentIntents.create({ amount: 10, currency: "usd" }))
    expect(tooSmall).toMatchObject({ code: "amount_too_small", param: "amount" })
    const both = await rejection(
      stripe.paymentIntents.create({ amount: 100, currency: "usd", payment_method_types: ["card"], automatic_payment_methods: { enabled: true } })
    )
    expect(both).toMatchObject({ code: "parameters_exclusive" })
  })

  it("refunds partially, then fully, then refuses: over-refund, charge_already_refunded", async () => {
    const { link } = await createLink(stripe)
    const session = fake.payLink(link.id)[0].data.object as Stripe.Checkout.Session
    const pi = session.payment_intent as string

    const mark = fake.events.length
    const partial = await stripe.refunds.create({ payment_intent: pi, amount: 1000, reason: "requested_by_customer", metadata: { why: "late" } })
    expect(partial).toMatchObject({ amount: 1000, status: "succeeded", payment_intent: pi, metadata: { why: "late" } })
    expect(partial.id).toMatch(/^re_/)
    expect(newTypes(mark)).toEqual(["refund.created", "charge.refunded"])
    expect(fake.events.at(-1)?.data.object).toMatchObject({ amount_refunded: 1000, refunded: false })

    const over = await rejection(stripe.refunds.create({ payment_intent: pi, amount: 5000 }))
    expect(over).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(over).toMatchObject({ statusCode: 400, param: "amount" })

    const rest = await stripe.refunds.create({ charge: partial.charge as string })
    expect(rest.amount).toBe(3200)
    const charge = await stripe.charges.retrieve(partial.charge as string)
    expect(charge).toMatchObject({ amount_refunded: 4200, refunded: true })

    const again = await rejection(stripe.refunds.create({ payment_intent: pi, amount: 1 }))
    expect(again).toMatchObject({ statusCode: 400, code: "charge_already_refunded" })
    expect(await stripe.refunds.retrieve(rest.id)).toMatchObject({ id: rest.id, amount: 3200 })
    expect(fake.store.refunds.size).toBe(2)
  })

  it("refundFromDashboard refunds the remainder and returns [refund.created, charge.refunded]", async () => {
    const { link } = await createLink(stripe)
    const pi = (fake.payLink(link.id)[0].data.object as Stripe.Checkout.Session).payment_intent as string
    const events = fake.refundFromDashboard(pi, 200)
    expect(events.map((e) => e.type)).toEqual(["refund.created", "charge.refunded"])
    expect(events[0].request).toEqual({ id: null, idempotency_key: null })
    expect(fake.refundFromDashboard(pi)[0].data.object).toMatchObject({ amount: 4000 })
    expect(() => fake.refundFromDashboard(pi, 1)).toThrow(/already been refunded/)
  })

  it("customers: create, update (address as Medusa sends it), payment methods, delete", async () => {
    const customer = await stripe.customers.create({
      email: "ana@example.com",
      name: "Ana",
      phone: "",
      address: { city: "Lyon", country: "fr", line1: "1 rue", line2: "", postal_code: "69001", state: "" },
    })
    expect(customer).toMatchObject({ email: "ana@example.com", phone: null, address: { city: "Lyon", line2: null, state: null } })
    expect(customer.id).toMatch(/^cus_/)
    const updated = await stripe.customers.update(customer.id, { name: "Ana B", metadata: { tier: "gold" } })
    expect(updated).toMatchObject({ name: "Ana B", metadata: { tier: "gold" }, email: "ana@example.com" })

    const setup = await stripe.setupIntents.create({ customer: customer.id, payment_method: "pm_card_visa", confirm: true })
    expect(setup).toMatchObject({ id: expect.stringMatching(/^seti_/), status: "succeeded" })
    const methods = await stripe.customers.listPaymentMethods(customer.id, { limit: 100 })
    expect(methods.data.map((m) => m.id)).toEqual([setup.payment_method])
    await stripe.paymentMethods.detach(setup.payment_method as string)
    expect((await stripe.customers.listPaymentMethods(customer.id)).data).toHaveLength(0)

    const deleted = await stripe.customers.del(customer.id)
    expect(deleted).toEqual({ id: customer.id, object: "customer", deleted: true })
    expect(await stripe.customers.retrieve(customer.id)).toMatchObject({ deleted: true })
    const missing = await rejection(stripe.customers.update(customer.id, { name: "x" }))
    expect(missing).toMatchObject({ statusCode: 404, code: "resource_missing" })
    expect(fake.events.map((e) => e.type)).toEqual(expect.arrayContaining(["customer.created", "customer.updated", "customer.deleted"]))
  })
})
