import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertTransition, CustomOrderActor, CustomOrderStatus } from "../../../modules/custom-order"
import { CustomOrderState } from "./types"

export const assertCustomOrderTransitionStepId = "assert-custom-order-transition"

export type AssertCustomOrderTransitionStepInput = {
  custom_order: CustomOrderState
  to: CustomOrderStatus
  actor: CustomOrderActor
}

/** Refuses, with not_allowed naming the current status, any move the state machine does not allow this actor. */
export const assertCustomOrderTransitionStep = createStep(
  assertCustomOrderTransitionStepId,
  async ({ custom_order, to, actor }: AssertCustomOrderTransitionStepInput) => {
    assertTransition({ id: custom_order.id, from: custom_order.status, to, actorType: actor.type })
  }
)
