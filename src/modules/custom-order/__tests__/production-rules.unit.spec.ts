import { CustomOrderStatus as S } from "../types"
import { canAddPhotos, movesForFulfilment, quoteReminderNotDue } from "../utils/production-rules"

const NOW = new Date("2027-01-10T12:00:00.000Z")
const inHours = (hours: number) => new Date(NOW.getTime() + hours * 3600_000)

describe("quoteReminderNotDue", () => {
  const approved = { status: S.APPROVED, quote_expires_at: inHours(5), quote_reminder_sent_at: null }

  it("is due for an approved quote expiring within the window, not yet reminded", () => {
    expect(quoteReminderNotDue(approved, NOW, 24)).toBeNull()
    expect(quoteReminderNotDue({ ...approved, quote_expires_at: inHours(24) }, NOW, 24)).toBeNull()
  })

  it.each([
    [{ ...approved, status: S.PAID }, "it is paid, not approved"],
    [{ ...approved, quote_expires_at: null }, "its quote has no expiry date"],
    [{ ...approved, quote_reminder_sent_at: inHours(-1) }, "its customer was already reminded of this quote"],
    [{ ...approved, quote_expires_at: inHours(0) }, "its quote has already expired"],
    [{ ...approved, quote_expires_at: inHours(24.01) }, "its quote expires more than 24 hours from now"],
  ])("is not due: %o", (request, reason) => {
    expect(quoteReminderNotDue(request, NOW, 24)).toEqual(reason)
  })
})

describe("movesForFulfilment", () => {
  it.each([
    [S.PAID, "shipped", [S.SHIPPED]],
    [S.IN_PRODUCTION, "shipped", [S.SHIPPED]],
    [S.SHIPPED, "shipped", []],
    [S.CANCELLED, "shipped", []],
    [S.SHIPPED, "delivered", [S.COMPLETED]],
    [S.IN_PRODUCTION, "delivered", [S.SHIPPED, S.COMPLETED]],
    [S.PAID, "delivered", [S.SHIPPED, S.COMPLETED]],
    [S.COMPLETED, "delivered", []],
    [S.APPROVED, "delivered", []],
  ] as const)("a %s request, fulfilment %s: %o", (status, happened, moves) => {
    expect(movesForFulfilment(status, happened)).toEqual(moves)
  })
})

describe("canAddPhotos", () => {
  it("only once the piece is paid for", () => {
    expect(Object.values(S).filter(canAddPhotos).sort()).toEqual([S.COMPLETED, S.IN_PRODUCTION, S.PAID, S.SHIPPED].sort())
  })
})
