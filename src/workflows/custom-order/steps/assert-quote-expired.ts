import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { CustomOrderState } from "./types"

export const assertQuoteExpiredStepId = "assert-custom-order-quote-expired"

/** Expiry only applies to a quote whose date has passed (re-checked under the lock: an admin may have re-quoted). */
export const assertQuoteExpiredStep = createStep(
  assertQuoteExpiredStepId,
  async ({ custom_order, now }: { custom_order: CustomOrderState; now?: Date | string }) => {
    const expiresAt = custom_order.quote_expires_at ? new Date(custom_order.quote_expires_at) : null
    const reference = now ? new Date(now) : new Date()
    if (!expiresAt || expiresAt.getTime() > reference.getTime()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Custom order ${custom_order.id}'s quote has not expired${expiresAt ? ` (it expires at ${expiresAt.toISOString()})` : " (it has no expiry date)"}`
      )
    }
  }
)
