// Pure: no Medusa imports, so that the admin dashboard can bundle it (nextStatuses).
import { CustomOrderActorType, CustomOrderStatus } from "../types"

const { PENDING, APPROVED, REJECTED, CANCELLED, EXPIRED, PAID, IN_PRODUCTION, SHIPPED, COMPLETED } =
  CustomOrderStatus

/** Who may make a move: the shopper who owns the request (logged in or with its token), an admin, or the system. */
export type TransitionRole = "shopper" | "admin" | "system"

/**
 * DESIGN.md §2: every move a request can make, and who may make it. Anything
 * not listed is refused. This table is the only place the rules live.
 */
export const TRANSITIONS: Record<CustomOrderStatus, Partial<Record<CustomOrderStatus, TransitionRole[]>>> = {
  [PENDING]: { [APPROVED]: ["admin"], [REJECTED]: ["admin"], [CANCELLED]: ["shopper", "admin"] },
  [APPROVED]: {
    [APPROVED]: ["admin"], // a revised quote
    [REJECTED]: ["admin"],
    [CANCELLED]: ["shopper", "admin"],
    [EXPIRED]: ["system"],
    [PAID]: ["system"],
  },
  [EXPIRED]: { [APPROVED]: ["admin"], [REJECTED]: ["admin"], [CANCELLED]: ["shopper", "admin"] },
  [PAID]: { [IN_PRODUCTION]: ["admin"], [SHIPPED]: ["system"], [CANCELLED]: ["admin"] },
  [IN_PRODUCTION]: { [SHIPPED]: ["system"], [CANCELLED]: ["admin"] },
  [SHIPPED]: { [COMPLETED]: ["system", "admin"] },
  [REJECTED]: {},
  [CANCELLED]: {},
  [COMPLETED]: {},
}

export function roleOf(actorType: CustomOrderActorType): TransitionRole {
  switch (actorType) {
    case CustomOrderActorType.CUSTOMER:
    case CustomOrderActorType.GUEST:
      return "shopper"
    case CustomOrderActorType.ADMIN:
      return "admin"
    case CustomOrderActorType.SYSTEM:
      return "system"
  }
}

export function canTransition(from: CustomOrderStatus, to: CustomOrderStatus, actorType: CustomOrderActorType): boolean {
  return TRANSITIONS[from]?.[to]?.includes(roleOf(actorType)) ?? false
}

/** The statuses this actor may move a request to from `from` (the dashboard shows only these actions). */
export function nextStatuses(from: CustomOrderStatus, actorType: CustomOrderActorType): CustomOrderStatus[] {
  const role = roleOf(actorType)
  return (Object.entries(TRANSITIONS[from] ?? {}) as [CustomOrderStatus, TransitionRole[]][])
    .filter(([, roles]) => roles.includes(role))
    .map(([to]) => to)
}
