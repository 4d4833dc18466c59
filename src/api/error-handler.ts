import { errorHandler, MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { STRIPE_UNAVAILABLE } from "../workflows/custom-order/steps/stripe-errors"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, plus one case it does not have: when Stripe failed
 * or did not answer, the answer is 502 with the message saying what was rolled
 * back, instead of a 500.
 */
export const spiritBeadsErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if ((error as { code?: string })?.code === STRIPE_UNAVAILABLE) {
    req.scope?.resolve("logger")?.warn((error as Error).message)
    res.status(502).json({ type: STRIPE_UNAVAILABLE, message: (error as Error).message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
