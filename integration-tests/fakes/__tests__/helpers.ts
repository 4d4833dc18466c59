import http from "node:http"
import Stripe from "stripe"

export type StripeError = InstanceType<typeof Stripe.errors.StripeError>

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<StripeError> {
  try {
    await promise
  } catch (error) {
    return error as StripeError
  }
  throw new Error("expected the promise to reject, but it resolved")
}

/** A one-item payment link for 42.00 USD (the price and its product are made on the way). */
export async function createLink(stripe: Stripe, params: Partial<Stripe.PaymentLinkCreateParams> = {}, unitAmount = 4200) {
  const price = await stripe.prices.create({ currency: "usd", unit_amount: unitAmount, product_data: { name: "Beaded lighter case" } })
  const link = await stripe.paymentLinks.create({ line_items: [{ price: price.id, quantity: 1 }], ...params })
  return { price, link }
}

/** A plain HTTP request (no SDK), for what the SDK cannot send: no API key, a raw body. */
export function rawRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", headers: opts.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }))
    })
    req.on("error", reject)
    req.end(opts.body)
  })
}
