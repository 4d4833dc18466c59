import http from "node:http"
import Stripe from "stripe"
import { DeliverOptions, DeliverResult } from "./types"

/** The Stripe-Signature header for `payload`, made by the SDK itself (t=<unix>,v1=<hmac>). */
export function sign(payload: string, opts: { secret: string; timestamp?: number }): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret, timestamp: opts.timestamp })
}

/** Stripe sends events pretty-printed; a handler that re-serialises the parsed body will not match the signature. */
export function serializeEvent(event: Stripe.Event): string {
  return JSON.stringify(event, null, 2)
}

/**
 * POSTs the event to `url` the way Stripe does: the exact signed bytes,
 * content-type application/json, a Stripe-Signature header. Never retries.
 */
export function deliver(url: string, event: Stripe.Event, opts: DeliverOptions): Promise<DeliverResult> {
  const payload = serializeEvent(event)
  const header = opts.header ?? sign(payload, opts)
  const body = Buffer.from(payload, "utf8")
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-length": String(body.length),
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "stripe-signature": header,
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("error", reject)
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          resolve({ status: res.statusCode ?? 0, body: parseMaybeJson(text), payload, header })
        })
      }
    )
    req.on("error", reject)
    req.end(body)
  })
}

function parseMaybeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
