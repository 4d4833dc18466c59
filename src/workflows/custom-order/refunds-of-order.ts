import { MathBN } from "@medusajs/framework/utils"

type OrderPayments = {
  payment_collections?: ({
    payments?: ({
      id: string
      captures?: ({ amount: unknown } | null)[] | null
      refunds?: ({ amount: unknown } | null)[] | null
    } | null)[] | null
  } | null)[] | null
}

/** What is still to be refunded on each captured payment of an order: captured minus refunded, when positive. */
export function refundsOfOrder(order: OrderPayments | undefined, createdBy: string | null, note: string) {
  const payments = (order?.payment_collections ?? []).flatMap((c) => c?.payments ?? [])
  return payments
    .filter((p): p is NonNullable<typeof p> => !!p)
    .map((payment) => {
      const sum = (list: ({ amount: unknown } | null)[] | null | undefined) =>
        (list ?? []).reduce((acc, x) => MathBN.add(acc, MathBN.convert((x?.amount ?? 0) as any)), MathBN.convert(0))
      return {
        payment_id: payment.id,
        amount: MathBN.sub(sum(payment.captures), sum(payment.refunds)).toNumber(),
        created_by: createdBy ?? undefined,
        note,
      }
    })
    .filter((refund) => refund.amount > 0)
}
