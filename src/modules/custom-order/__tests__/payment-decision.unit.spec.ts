import { CustomOrderStatus as S } from "../types"
import { decidePaymentOutcome, PaymentContext, ReceivedPayment } from "../utils/payment-decision"

const payment: ReceivedPayment = {
  checkout_session_id: "cs_1",
  payment_status: "paid",
  amount_total: 5200,
  currency: "usd",
  custom_order_id: "cord_1",
  quote_version: 2,
  refunded_in_full: false,
}
const context: PaymentContext = {
  custom_order: { id: "cord_1", status: S.APPROVED, quote_version: 2 },
  quote: { version: 2, amount_minor: 5200, currency_code: "usd" },
  session_recorded: false,
  event_recorded: false,
}

describe("decidePaymentOutcome", () => {
  it("applies a payment of the current quote of an approved request, to the cent", () => {
    expect(decidePaymentOutcome(payment, context)).toEqual({ kind: "apply" })
  })

  it.each([
    ["a payment without our metadata", { ...payment, custom_order_id: null }, context],
    ["a request that does not exist here", payment, { ...context, custom_order: null }],
    ["an event already applied", payment, { ...context, event_recorded: true }],
    ["a session already recorded", payment, { ...context, session_recorded: true }],
    ["an unpaid session (delayed payment method)", { ...payment, payment_status: "unpaid" }, context],
  ])("ignores %s", (_, p, c) => {
    expect(decidePaymentOutcome(p, c).kind).toEqual("ignore")
  })

  it.each([
    ["an old quote version", { ...payment, quote_version: 1 }, context, "paid quote version 1, but the current quote is version 2"],
    ["a cancelled request", payment, { ...context, custom_order: { ...context.custom_order!, status: S.CANCELLED } }, "the request is cancelled"],
    ["an expired request", payment, { ...context, custom_order: { ...context.custom_order!, status: S.EXPIRED } }, "the request is expired"],
    ["a rejected request", payment, { ...context, custom_order: { ...context.custom_order!, status: S.REJECTED } }, "the request is rejected"],
    ["a request already paid", payment, { ...context, custom_order: { ...context.custom_order!, status: S.PAID } }, "the request is paid"],
    ["a wrong amount", { ...payment, amount_total: 5199 }, context, "paid 5199 USD"],
    ["a wrong currency", { ...payment, currency: "eur" }, context, "EUR"],
    ["a version with no quote on record", payment, { ...context, quote: null }, "no quote version 2"],
  ])("refunds %s, saying why", (_, p, c, problem) => {
    const decision = decidePaymentOutcome(p, c)
    expect(decision.kind).toEqual("refund")
    expect((decision as { problem: string }).problem).toContain(problem)
  })

  it("records without refunding again a payment already refunded in Stripe (never regresses to paid)", () => {
    expect(decidePaymentOutcome({ ...payment, refunded_in_full: true }, context)).toEqual({
      kind: "record_refunded",
      problem: "refunded in Stripe before it could be applied",
    })
  })
})
