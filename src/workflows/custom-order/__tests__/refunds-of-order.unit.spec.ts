import { refundsOfOrder } from "../refunds-of-order"

describe("refundsOfOrder", () => {
  it("refunds what was captured and not yet refunded, per payment", () => {
    const order = {
      payment_collections: [
        {
          payments: [
            { id: "pay_1", captures: [{ amount: 52 }], refunds: [{ amount: 10 }] },
            { id: "pay_2", captures: [{ amount: 5 }], refunds: [{ amount: 5 }] },
            { id: "pay_3", captures: [], refunds: [] },
          ],
        },
      ],
    }
    expect(refundsOfOrder(order, "user_1", "cancelled")).toEqual([
      { payment_id: "pay_1", amount: 42, created_by: "user_1", note: "cancelled" },
    ])
  })

  it("handles an order without payments", () => {
    expect(refundsOfOrder({}, null, "x")).toEqual([])
    expect(refundsOfOrder(undefined, null, "x")).toEqual([])
  })
})
