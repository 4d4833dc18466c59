import { transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CUSTOM_ORDER_STATE_FIELDS, CustomOrderState } from "./steps/types"

/** Seconds a transition waits for another one on the same request, and the most a lock may be held. */
export const CUSTOM_ORDER_LOCK_TIMEOUT_S = 15
export const CUSTOM_ORDER_LOCK_TTL_S = 60

export const customOrderLockKey = (id: string) => `custom_order:${id}`

/**
 * For use inside a workflow constructor: takes Medusa's lock on the request
 * (so transitions of one request run one at a time), then reads its state.
 * The read comes after the lock, so a decision is never made on stale data.
 * Returns the lock key (for releaseLockStep) and the state.
 */
export function lockAndReadCustomOrder(input: { custom_order_id: string }) {
  const lockKey = transform({ input }, ({ input }) => customOrderLockKey(input.custom_order_id))
  acquireLockStep({ key: lockKey, timeout: CUSTOM_ORDER_LOCK_TIMEOUT_S, ttl: CUSTOM_ORDER_LOCK_TTL_S })
  const { data } = useQueryGraphStep({
    entity: "custom_order",
    fields: CUSTOM_ORDER_STATE_FIELDS,
    filters: { id: input.custom_order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "read-custom-order-state" })
  const customOrder = transform({ data }, ({ data }) => data[0] as CustomOrderState)
  return { lockKey, customOrder }
}
