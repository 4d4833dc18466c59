import { MedusaError } from "@medusajs/framework/utils"
import { CustomOrderActorType, CustomOrderStatus } from "../types"
import { canTransition, TRANSITIONS } from "./state-machine"

const { PENDING, APPROVED, REJECTED, CANCELLED, EXPIRED, PAID, IN_PRODUCTION, SHIPPED, COMPLETED } =
  CustomOrderStatus

const VERBS: Record<CustomOrderStatus, string> = {
  [PENDING]: "reopened",
  [APPROVED]: "quoted",
  [REJECTED]: "rejected",
  [CANCELLED]: "cancelled",
  [EXPIRED]: "expired",
  [PAID]: "paid",
  [IN_PRODUCTION]: "put in production",
  [SHIPPED]: "marked as shipped",
  [COMPLETED]: "marked as completed",
}

/** Throws Medusa's not_allowed error, naming the current status, when the move is not in the table for this actor. */
export function assertTransition(input: {
  id: string
  from: CustomOrderStatus
  to: CustomOrderStatus
  actorType: CustomOrderActorType
}): void {
  const { id, from, to, actorType } = input
  if (canTransition(from, to, actorType)) {
    return
  }
  const roles = TRANSITIONS[from]?.[to]
  const message = roles
    ? `Custom order ${id} is ${from}; only ${roles.map((r) => (r === "shopper" ? "its customer" : r === "admin" ? "an admin" : "the shop's automation")).join(" or ")} can get it ${VERBS[to]}`
    : `Custom order ${id} is ${from}; it cannot be ${VERBS[to]}`
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}
