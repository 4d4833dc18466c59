import { CustomOrderStatus } from "../types"

const { APPROVED, PAID, IN_PRODUCTION, SHIPPED, COMPLETED } = CustomOrderStatus

/** Photos of the finished piece can be added once the piece is paid for, and until the request is complete. */
export const PHOTO_STATUSES: CustomOrderStatus[] = [PAID, IN_PRODUCTION, SHIPPED, COMPLETED]

export function canAddPhotos(status: CustomOrderStatus): boolean {
  return PHOTO_STATUSES.includes(status)
}

/**
 * Why a request's quote reminder is not due now, or null when it is: the
 * request is approved, its quote expires within `hoursBeforeExpiry` (and has
 * not yet expired), and this quote version has not been reminded of.
 */
export function quoteReminderNotDue(
  request: { status: CustomOrderStatus; quote_expires_at: Date | string | null; quote_reminder_sent_at: Date | string | null },
  now: Date,
  hoursBeforeExpiry: number
): string | null {
  if (request.status !== APPROVED) {
    return `it is ${request.status}, not approved`
  }
  if (!request.quote_expires_at) {
    return "its quote has no expiry date"
  }
  if (request.quote_reminder_sent_at) {
    return "its customer was already reminded of this quote"
  }
  const expiresAt = new Date(request.quote_expires_at).getTime()
  if (expiresAt <= now.getTime()) {
    return "its quote has already expired"
  }
  if (expiresAt > now.getTime() + hoursBeforeExpiry * 3600_000) {
    return `its quote expires more than ${hoursBeforeExpiry} hours from now`
  }
  return null
}

/** What a Medusa order's fulfilment means for its request: the moves to make, in order. */
export function movesForFulfilment(
  status: CustomOrderStatus,
  event: "shipped" | "delivered"
): (typeof SHIPPED | typeof COMPLETED)[] {
  const inProduction = status === PAID || status === IN_PRODUCTION
  if (event === "shipped") {
    return inProduction ? [SHIPPED] : []
  }
  // delivered: a fulfilment marked delivered without being marked shipped first ships the request too
  return inProduction ? [SHIPPED, COMPLETED] : status === SHIPPED ? [COMPLETED] : []
}
