import { MedusaError } from "@medusajs/framework/utils"

/** The code our error handler answers with 502: Stripe failed or did not answer. */
export const STRIPE_UNAVAILABLE = "stripe_unavailable"

/**
 * A Stripe failure as a Medusa error with a message an admin can act on: the
 * change was rolled back and may be retried. Stripe's own message is kept when
 * Stripe refused the request; keys and secrets are never part of it.
 */
export function stripeFailure(action: string, error: unknown): MedusaError {
  const e = error as { type?: string; message?: string }
  const why =
    e?.type === "StripeConnectionError"
      ? "Stripe did not answer"
      : e?.type === "StripeInvalidRequestError" || e?.type === "StripeIdempotencyError"
        ? `Stripe refused it: ${e.message}`
        : `Stripe failed: ${e?.message ?? "unknown error"}`
  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `Could not ${action} (${why}); nothing was changed, try again`,
    STRIPE_UNAVAILABLE
  )
}
