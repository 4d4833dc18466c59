import http from "node:http"
import { AddressInfo } from "node:net"
import Stripe from "stripe"
import { FakeStripe, serializeEvent, startFakeStripe } from "../stripe"
import { createLink } from "./helpers"

const SECRET = "whsec_test_secret"

interface Received {
  body: Buffer
  headers: http.IncomingHttpHeaders
}

/** A tiny webhook endpoint that keeps the raw bytes and verifies them with the SDK. */
async function startEndpoint(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const body = Buffer.concat(chunks)
      received.push({ body, headers: req.headers })
      try {
        const event = Stripe.webhooks.constructEvent(body, String(req.headers["stripe-signature"]), SECRET)
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ received: event.id }))
      } catch {
        res.writeHead(400).end("bad signature")
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/stripe`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

describe("fake Stripe: signing and delivering webhooks", () => {
  let fake: FakeStripe
  let event: Stripe.Event

  beforeAll(async () => {
    fake = await startFakeStripe()
    const stripe = fake.client()
    const { link } = await createLink(stripe, { metadata: { custom_order_id: "co_1" } })
    event = fake.payLink(link.id)[0]
  })
  afterAll(() => fake.close())

  it("signs with the SDK's header format, and constructEvent verifies it", () => {
    const payload = serializeEvent(event)
    const header = fake.sign(payload, { secret: SECRET })
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    const verified = Stripe.webhooks.constructEvent(payload, header, SECRET)
    expect(verified).toMatchObject({ id: event.id, type: "checkout.session.completed" })
    expect(verified.data.object).toMatchObject({ metadata: { custom_order_id: "co_1" } })
  })

  it("a tampered payload or a wrong secret does not verify", () => {
    const payload = serializeEvent(event)
    const header = fake.sign(payload, { secret: SECRET })
    const tampered = payload.replace('"co_1"', '"co_2"')
    expect(tampered).not.toBe(payload)
    expect(() => Stripe.webhooks.constructEvent(tampered, header, SECRET)).toThrow(Stripe.errors.StripeSignatureVerificationError)
    expect(() => Stripe.webhooks.constructEvent(payload, header, "whsec_other")).toThrow(/No signatures found matching/)
  })

  it("an hour-old timestamp fails the default 300 s tolerance; a future one passes (SDK quirk)", () => {
    const payload = serializeEvent(event)
    const now = Math.floor(Date.now() / 1000)
    const old = fake.sign(payload, { secret: SECRET, timestamp: now - 3600 })
    expect(old.startsWith(`t=${now - 3600},`)).toBe(true)
    expect(() => Stripe.webhooks.constructEvent(payload, old, SECRET)).toThrow(/Timestamp outside the tolerance zone/)
    expect(Stripe.webhooks.constructEvent(payload, old, SECRET, 0).id).toBe(event.id)
    const future = fake.sign(payload, { secret: SECRET, timestamp: now + 3600 })
    expect(Stripe.webhooks.constructEvent(payload, future, SECRET).id).toBe(event.id)
  })

  it("deliver() POSTs the exact signed bytes as JSON with a Stripe-Signature header", async () => {
    const endpoint = await startEndpoint()
    try {
      const result = await fake.deliver(endpoint.url, event, { secret: SECRET, headers: { "x-test": "1" } })
      expect(result.status).toBe(200)
      expect(result.body).toEqual({ received: event.id })
      const [got] = endpoint.received
      expect(got.body.toString("utf8")).toBe(result.payload)
      expect(result.payload).toBe(JSON.stringify(event, null, 2))
      expect(got.headers["stripe-signature"]).toBe(result.header)
      expect(got.headers["content-type"]).toMatch(/^application\/json/)
      expect(got.headers["x-test"]).toBe("1")
      // what the endpoint got verifies only as the raw bytes, not as re-serialised JSON
      expect(() => Stripe.webhooks.constructEvent(JSON.stringify(JSON.parse(result.payload)), result.header, SECRET)).toThrow()
    } finally {
      await endpoint.close()
    }
  })

  it("deliver() can send a forged header or a wrong secret, and reports the endpoint's answer", async () => {
    const endpoint = await startEndpoint()
    try {
      expect((await fake.deliver(endpoint.url, event, { secret: "whsec_wrong" })).status).toBe(400)
      const forged = await fake.deliver(endpoint.url, event, { secret: SECRET, header: "t=abc,v1=00" })
      expect(forged).toMatchObject({ status: 400, body: "bad signature", header: "t=abc,v1=00" })
      expect(endpoint.received.map((r) => r.headers["stripe-signature"])[1]).toBe("t=abc,v1=00")
      const old = await fake.deliver(endpoint.url, event, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 3600 })
      expect(old.status).toBe(400)
    } finally {
      await endpoint.close()
    }
  })
})
