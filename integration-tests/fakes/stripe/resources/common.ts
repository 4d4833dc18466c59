import { noSuch } from "../errors"
import { nowSeconds } from "../ids"
import { State, changedFields } from "../state"
import { Params, StripeObject } from "../types"
import { mergeMetadata } from "../validate"

/** The stored object, or Stripe's 404 `resource_missing` ("No such payment_intent: 'pi_…'"). */
export function mustGet(map: Map<string, StripeObject>, id: string, what: string, param?: string): StripeObject {
  const found = map.get(id)
  if (!found || found.deleted) {
    throw noSuch(what, id, param)
  }
  return found
}

/** The given keys of `p` that were sent (undefined dropped; null means "unset"). */
export function pick(p: Params, keys: string[]): StripeObject {
  return Object.fromEntries(keys.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]))
}

/**
 * Applies `changes` (metadata merged key by key) and emits `<type>` with the
 * previous values of what changed; nothing is emitted when nothing changed
 * (or when `type` is null: some objects, like PaymentIntents, have no update event).
 */
export function applyUpdate(state: State, target: StripeObject, changes: StripeObject, type: string | null): StripeObject {
  const before = structuredClone(target)
  const { metadata, ...rest } = changes
  Object.assign(target, rest)
  if (metadata !== undefined) {
    target.metadata = mergeMetadata(target.metadata ?? {}, metadata)
  }
  const previous = changedFields(before, target)
  if (previous) {
    if ("updated" in target) {
      target.updated = nowSeconds()
    }
    if (type) {
      state.emit(type, target, previous)
    }
  }
  return target
}

/** The standard read route body: the stored object by path id. */
export const retrieve = (what: string, map: (state: State) => Map<string, StripeObject>) => ({
  state,
  id,
}: {
  state: State
  id: string
}) => mustGet(map(state), id, what)
