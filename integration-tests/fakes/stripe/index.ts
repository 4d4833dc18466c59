import http from "node:http"
import Stripe from "stripe"
import { completeAsyncPayment, payLink, refundFromDashboard } from "./controls"
import { Faults } from "./faults"
import { IdempotencyStore } from "./idempotency"
import { ROUTES } from "./resources"
import { Router } from "./router"
import { FakeStripeServer } from "./server"
import { State, Store } from "./state"
import { DeliverOptions, DeliverResult, Fault, LoggedRequest, PayLinkOptions } from "./types"
import { deliver, sign } from "./webhooks"

export type { DeliverOptions, DeliverResult, Fault, FaultMode, LoggedRequest, PayLinkOptions, ShippingInput, StripeObject } from "./types"
export type { Store } from "./state"
export { serializeEvent } from "./webhooks"

/**
 * A stateful fake of the Stripe REST API on 127.0.0.1, for tests. The real
 * `stripe` SDK talks to it (see `client()`); test-only controls stand in for
 * the hosted payment page, the dashboard and the network.
 */
export interface FakeStripe {
  host: string
  port: number
  url: string
  apiKey: string
  /** the real SDK pointed at the fake; maxNetworkRetries 0 unless given */
  client(opts?: { maxNetworkRetries?: number }): Stripe
  /** every request received, in order */
  requests: LoggedRequest[]
  /** every event created, in order */
  events: Stripe.Event[]
  /** stored objects by kind (deleted customers stay as {id, object, deleted: true}) */
  store: Store
  payLink(linkId: string, opts?: PayLinkOptions): Stripe.Event[]
  completeAsyncPayment(sessionId: string, succeeded: boolean): Stripe.Event[]
  refundFromDashboard(paymentIntentId: string, amount?: number): Stripe.Event[]
  injectFault(fault: Fault): void
  /** removes every injected fault still armed (Stripe is back) */
  clearFaults(): void
  sign(payload: string, opts: { secret: string; timestamp?: number }): string
  deliver(url: string, event: Stripe.Event, opts: DeliverOptions): Promise<DeliverResult>
  /** clears state, requests, events, idempotency keys and faults (the port stays) */
  reset(): void
  close(): Promise<void>
}

const HOST = "127.0.0.1"

export async function startFakeStripe(options: { apiKey?: string } = {}): Promise<FakeStripe> {
  const apiKey = options.apiKey ?? "sk_test_fake"
  const state = new State()
  const faults = new Faults()
  const idempotency = new IdempotencyStore()
  const requests: LoggedRequest[] = []
  const server = new FakeStripeServer({ apiKey, state, router: new Router(ROUTES), faults, idempotency, requests })
  const port = await server.listen(HOST)
  // one keep-alive agent per fake, so close() leaves no sockets behind
  const agent = new http.Agent({ keepAlive: true })

  return {
    host: HOST,
    port,
    url: `http://${HOST}:${port}`,
    apiKey,
    client: (opts = {}) =>
      new Stripe(apiKey, {
        host: HOST,
        port,
        protocol: "http",
        telemetry: false,
        maxNetworkRetries: opts.maxNetworkRetries ?? 0,
        httpAgent: agent,
      }),
    requests,
    events: state.events,
    store: state.store,
    payLink: (linkId, opts) => payLink(state, linkId, opts),
    completeAsyncPayment: (sessionId, succeeded) => completeAsyncPayment(state, sessionId, succeeded),
    refundFromDashboard: (paymentIntentId, amount) => refundFromDashboard(state, paymentIntentId, amount),
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    sign,
    deliver,
    reset: () => {
      state.reset()
      faults.clear()
      idempotency.clear()
      requests.length = 0
    },
    close: async () => {
      agent.destroy()
      await server.close()
    },
  }
}
