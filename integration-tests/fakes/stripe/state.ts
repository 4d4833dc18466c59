import Stripe from "stripe"
import { newId, nowSeconds } from "./ids"
import { StripeObject } from "./types"

/** A line item of a payment link or checkout session; kept beside the owner, not in it (Stripe makes it expandable). */
export interface StoredLineItem {
  id: string
  price: string
  quantity: number
}

/** The Stripe request whose handler is running, for the `request` field of the events it causes. */
export interface CurrentRequest {
  id: string | null
  idempotencyKey: string | null
}

/**
 * Every object the fake holds, one Map per kind, keyed by id. Values are typed
 * `any` (as the contract says) so that tests can read `store.x.get(id).field`
 * without narrowing; inside the fake they are StripeObjects.
 */
type Stored = any

export class Store {
  readonly products = new Map<string, Stored>()
  readonly prices = new Map<string, Stored>()
  readonly paymentLinks = new Map<string, Stored>()
  readonly checkoutSessions = new Map<string, Stored>()
  readonly paymentIntents = new Map<string, Stored>()
  readonly charges = new Map<string, Stored>()
  readonly refunds = new Map<string, Stored>()
  readonly customers = new Map<string, Stored>()
  readonly paymentMethods = new Map<string, Stored>()
  readonly setupIntents = new Map<string, Stored>()
}

/**
 * The SDK's pinned API version (what a new account would use). Read through a
 * cast: Medusa's bundled stripe v15 declares an ambient `declare module "stripe"`
 * that hides this static from the v23 types.
 */
export const API_VERSION: string = (Stripe as unknown as { API_VERSION: string }).API_VERSION

const PREFIXES: [string, keyof Store][] = [
  ["prod_", "products"],
  ["price_", "prices"],
  ["plink_", "paymentLinks"],
  ["cs_", "checkoutSessions"],
  ["pi_", "paymentIntents"],
  ["ch_", "charges"],
  ["re_", "refunds"],
  ["cus_", "customers"],
  ["pm_", "paymentMethods"],
  ["seti_", "setupIntents"],
]

/**
 * The fake's whole state: stored objects, line items, and the event log.
 * Handlers run synchronously, so each request changes it atomically.
 */
export class State {
  readonly store = new Store()
  readonly lineItems = new Map<string, StoredLineItem[]>()
  readonly events: Stripe.Event[] = []
  private readonly eventsById = new Map<string, Stripe.Event>()
  currentRequest: CurrentRequest = { id: null, idempotencyKey: null }

  /** Any stored object (or event) by id, found through its prefix. */
  find(id: string): StripeObject | undefined {
    if (id.startsWith("evt_")) {
      return this.eventsById.get(id)
    }
    const entry = PREFIXES.find(([prefix]) => id.startsWith(prefix))
    return entry ? this.store[entry[1]].get(id) : undefined
  }

  /**
   * Appends an Event carrying a snapshot of `object`. For `*.updated` events
   * pass the previous values of the changed top-level fields.
   */
  emit(type: string, object: StripeObject, previousAttributes?: StripeObject): Stripe.Event {
    const event = {
      id: newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: nowSeconds(),
      data: {
        object: structuredClone(object),
        ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}),
      },
      livemode: false,
      pending_webhooks: 1,
      request: { id: this.currentRequest.id, idempotency_key: this.currentRequest.idempotencyKey },
      type,
    } as unknown as Stripe.Event
    this.events.push(event)
    this.eventsById.set(event.id, event)
    return event
  }

  /** Runs `fn` as if outside any API request (the hosted page, the dashboard): events get request {id: null}. */
  outsideRequest<T>(fn: () => T): T {
    const saved = this.currentRequest
    this.currentRequest = { id: null, idempotencyKey: null }
    try {
      return fn()
    } finally {
      this.currentRequest = saved
    }
  }

  reset(): void {
    for (const map of Object.values(this.store) as Map<string, StripeObject>[]) {
      map.clear()
    }
    this.lineItems.clear()
    this.events.length = 0
    this.eventsById.clear()
    this.currentRequest = { id: null, idempotencyKey: null }
  }
}

/** The previous values of the top-level fields that differ between two snapshots (for `*.updated` events). */
export function changedFields(before: StripeObject, after: StripeObject): StripeObject | undefined {
  const previous: StripeObject = {}
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      previous[key] = before[key] ?? null
    }
  }
  return Object.keys(previous).length ? previous : undefined
}
