import { MedusaError } from "@medusajs/framework/utils"
import { CustomOrderActorType as Actor, CustomOrderStatus as S } from "../types"
import { assertTransition } from "../utils/assert-transition"
import { canTransition, nextStatuses } from "../utils/state-machine"

/**
 * DESIGN.md §2, written out again independently of the implementation's table:
 * [from, to, who]. "shopper" is the customer (logged in) or the guest with the token.
 */
const ALLOWED: [S, S, ("shopper" | "admin" | "system")[]][] = [
  [S.PENDING, S.APPROVED, ["admin"]],
  [S.APPROVED, S.APPROVED, ["admin"]],
  [S.PENDING, S.REJECTED, ["admin"]],
  [S.APPROVED, S.REJECTED, ["admin"]],
  [S.EXPIRED, S.REJECTED, ["admin"]],
  [S.PENDING, S.CANCELLED, ["shopper", "admin"]],
  [S.APPROVED, S.CANCELLED, ["shopper", "admin"]],
  [S.EXPIRED, S.CANCELLED, ["shopper", "admin"]],
  [S.APPROVED, S.EXPIRED, ["system"]],
  [S.EXPIRED, S.APPROVED, ["admin"]],
  [S.APPROVED, S.PAID, ["system"]],
  [S.PAID, S.IN_PRODUCTION, ["admin"]],
  [S.PAID, S.SHIPPED, ["system"]],
  [S.IN_PRODUCTION, S.SHIPPED, ["system"]],
  [S.SHIPPED, S.COMPLETED, ["system", "admin"]],
  [S.PAID, S.CANCELLED, ["admin"]],
  [S.IN_PRODUCTION, S.CANCELLED, ["admin"]],
]

const ROLE_OF: Record<Actor, "shopper" | "admin" | "system"> = {
  [Actor.CUSTOMER]: "shopper",
  [Actor.GUEST]: "shopper",
  [Actor.ADMIN]: "admin",
  [Actor.SYSTEM]: "system",
}

const isAllowed = (from: S, to: S, actor: Actor) =>
  ALLOWED.some(([f, t, who]) => f === from && t === to && who.includes(ROLE_OF[actor]))

const ALL_MOVES = Object.values(S).flatMap((from) =>
  Object.values(S).flatMap((to) => Object.values(Actor).map((actor) => [from, to, actor] as [S, S, Actor]))
)

describe("custom order state machine", () => {
  it("covers every pair of statuses for every actor (9 x 9 x 4 moves)", () => {
    expect(ALL_MOVES).toHaveLength(324)
  })

  it.each(ALL_MOVES.filter(([f, t, a]) => isAllowed(f, t, a)))("allows %s -> %s by %s", (from, to, actor) => {
    expect(canTransition(from, to, actor)).toBe(true)
    expect(() => assertTransition({ id: "cord_1", from, to, actorType: actor })).not.toThrow()
  })

  it.each(ALL_MOVES.filter(([f, t, a]) => !isAllowed(f, t, a)))("refuses %s -> %s by %s", (from, to, actor) => {
    expect(canTransition(from, to, actor)).toBe(false)
    expect.assertions(4)
    try {
      assertTransition({ id: "cord_1", from, to, actorType: actor })
    } catch (error) {
      expect(error).toBeInstanceOf(MedusaError)
      expect((error as MedusaError).type).toEqual(MedusaError.Types.NOT_ALLOWED)
      expect((error as Error).message).toMatch(new RegExp(`^Custom order cord_1 is ${from}; `))
    }
  })

  it("says who could make a move when the actor is the problem", () => {
    expect(() => assertTransition({ id: "cord_1", from: S.PAID, to: S.CANCELLED, actorType: Actor.GUEST })).toThrow(
      "Custom order cord_1 is paid; only an admin can get it cancelled"
    )
    expect(() => assertTransition({ id: "cord_1", from: S.APPROVED, to: S.PAID, actorType: Actor.ADMIN })).toThrow(
      "only the shop's automation can get it paid"
    )
  })

  it("lists the next statuses an actor may choose (what the dashboard offers)", () => {
    expect(nextStatuses(S.PENDING, Actor.ADMIN).sort()).toEqual([S.APPROVED, S.CANCELLED, S.REJECTED].sort())
    expect(nextStatuses(S.PENDING, Actor.GUEST)).toEqual([S.CANCELLED])
    expect(nextStatuses(S.PAID, Actor.ADMIN).sort()).toEqual([S.CANCELLED, S.IN_PRODUCTION].sort())
    expect(nextStatuses(S.COMPLETED, Actor.ADMIN)).toEqual([])
  })
})
