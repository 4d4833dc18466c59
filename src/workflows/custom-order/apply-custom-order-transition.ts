import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CustomOrderActor, CustomOrderEvents, CustomOrderStatus } from "../../modules/custom-order"
import {
  assertCustomOrderTransitionStep,
  CustomOrderState,
  deactivatePaymentLinkStep,
  recordStatusChangeStep,
  updateCustomOrderStep,
} from "./steps"

export type TransitionInput = { custom_order_id: string; actor: CustomOrderActor; reason?: string | null }

/**
 * For use inside a workflow constructor, after lockAndReadCustomOrder and any
 * checks of the workflow's own: moves the request to `to` if the state machine
 * allows this actor, deactivating its payment link first, records the history
 * entry, releases the lock and emits custom_order.status_changed. Returns the
 * updated request.
 */
export function applyCustomOrderTransition({
  input,
  customOrder,
  lockKey,
  to,
  beforeRelease,
}: {
  /** the workflow's input (or a transform of it) */
  input: TransitionInput
  customOrder: WorkflowData<CustomOrderState>
  lockKey: WorkflowData<string>
  /** a constant, or a value of the workflow's input: it is only read through the steps' and transforms' inputs */
  to: CustomOrderStatus | WorkflowData<CustomOrderStatus>
  /** composes the workflow's own last steps, still under the lock (e.g. cancelling the Medusa order) */
  beforeRelease?: () => void
}) {
  assertCustomOrderTransitionStep({ custom_order: customOrder, to, actor: input.actor })
  const link = deactivatePaymentLinkStep({ custom_order: customOrder })
  const update = transform({ customOrder, link, to }, ({ customOrder, link, to }) => ({
    id: customOrder.id,
    status: to,
    payment_link_status: link.payment_link_status,
  }))
  const updated = updateCustomOrderStep(update)
  recordStatusChangeStep({
    custom_order_id: customOrder.id,
    from: customOrder.status,
    to,
    actor: input.actor,
    reason: input.reason,
  })
  beforeRelease?.()
  releaseLockStep({ key: lockKey })

  const statusChanged = transform({ customOrder, input, to }, ({ customOrder, input, to }) => ({
    id: customOrder.id,
    from: customOrder.status,
    to,
    actor_type: input.actor.type,
    reason: input.reason ?? null,
  }))
  emitEventStep({ eventName: CustomOrderEvents.STATUS_CHANGED, data: statusChanged }).config({
    name: "emit-custom-order-status-changed",
  })
  return updated
}
