import { createHash } from "node:crypto"
import { Params } from "./types"

export interface SavedAnswer {
  status: number
  body: unknown
  requestId: string
}

interface Entry {
  fingerprint: string
  answer?: SavedAnswer
}

export type Lookup =
  | { kind: "new" }
  | { kind: "replay"; answer: SavedAnswer }
  | { kind: "mismatch" }
  | { kind: "in-progress" }

/**
 * Stripe's idempotency layer for POSTs: the first answer for a key is saved
 * with a fingerprint of method, path and parameters; the same request again
 * gets that answer replayed, a different one an idempotency_error, and one
 * arriving while the first still runs a 409.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>()

  static fingerprint(method: string, path: string, params: Params): string {
    return createHash("sha256").update(`${method} ${path} ${canonical(params)}`).digest("hex")
  }

  lookup(key: string, fingerprint: string): Lookup {
    const entry = this.entries.get(key)
    if (!entry) {
      return { kind: "new" }
    }
    if (entry.fingerprint !== fingerprint) {
      return { kind: "mismatch" }
    }
    return entry.answer ? { kind: "replay", answer: entry.answer } : { kind: "in-progress" }
  }

  begin(key: string, fingerprint: string): void {
    this.entries.set(key, { fingerprint })
  }

  save(key: string, answer: SavedAnswer): void {
    const entry = this.entries.get(key)
    if (entry) {
      entry.answer = answer
    }
  }

  /** The request failed validation (or never ran): nothing is kept, the key is free again. */
  forget(key: string): void {
    this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }
}

/** JSON with object keys sorted, so equal parameters give equal fingerprints whatever their order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(",")}]`
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`
  }
  return JSON.stringify(value)
}
