/**
 * Shapes shared by the fake Stripe server's parts. Stripe objects are kept as
 * plain JSON records (the wire shape), not as the SDK's TypeScript types: the
 * fake builds only the fields our code and Medusa's provider read.
 */

/** A Stripe API object as it travels on the wire (JSON). */
export type StripeObject = Record<string, any>

/** Parsed form or query parameters (bracket keys turned into nested objects and arrays). */
export type Params = Record<string, any>

export type HttpMethod = "GET" | "POST" | "DELETE"

/** One request the fake received, in arrival order. */
export interface LoggedRequest {
  method: string
  path: string
  idempotencyKey?: string
  params: Params
  /** HTTP status of the answer (for "commit-then-reset", the answer that was lost); undefined after "reset" */
  status?: number
  /** true when the answer was an idempotent replay (header Idempotent-Replayed: true) */
  replayed?: boolean
  /** the injected fault that hit this request, if any */
  fault?: FaultMode
}

export type FaultMode = "500" | "reset" | "commit-then-reset" | "delay"

export interface Fault {
  method?: string
  path: RegExp
  mode: FaultMode
  /** how many matching requests are affected (default 1) */
  times?: number
  /** for mode "delay" */
  delayMs?: number
}

export interface ShippingInput {
  name: string
  address: {
    line1: string
    line2?: string | null
    city: string
    state?: string | null
    postal_code: string
    country: string
  }
}

export interface PayLinkOptions {
  email?: string
  name?: string
  shipping?: ShippingInput
  /** a delayed payment method: the session completes "unpaid", the intent is "processing" */
  async?: boolean
  /** charge this instead of the link's total (to simulate a mismatch) */
  amountTotal?: number
}

export interface DeliverOptions {
  secret: string
  timestamp?: number
  /** use this Stripe-Signature header instead of a correct one */
  header?: string
  /** extra request headers */
  headers?: Record<string, string>
}

export interface DeliverResult {
  status: number
  /** parsed JSON when the answer is JSON, else the raw text ("" for an empty body) */
  body: unknown
  /** the exact bytes that were signed and sent */
  payload: string
  /** the Stripe-Signature header that was sent */
  header: string
}
