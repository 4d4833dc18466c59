import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STRIPE_MODULE } from "../../../../modules/stripe"
import StripeModuleService from "../../../../modules/stripe/service"
import { STRIPE_UNAVAILABLE } from "../../../../workflows/custom-order/steps/stripe-errors"
import {
  applyCustomOrderPaymentWorkflow,
  reflectCustomOrderRefundWorkflow,
} from "../../../../workflows/custom-order-payment"
import { customOrderStripeEventAction } from "./event-action"

/**
 * Stripe's webhook for custom order payment links. The signature is checked on
 * the raw bytes with our own secret (400 otherwise, and nothing happens). Then
 * 2xx when the event was applied or knowingly ignored, 5xx when processing
 * failed, so that Stripe delivers it again.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const stripe = req.scope.resolve<StripeModuleService>(STRIPE_MODULE)
  const event = stripe.constructCustomOrderEvent(req.rawBody, req.get("stripe-signature"))
  const action = customOrderStripeEventAction(event)
  const source = { stripe_event_id: event.id, type: event.type }
  try {
    switch (action.kind) {
      case "checkout": {
        const { result } = await applyCustomOrderPaymentWorkflow(req.scope).run({
          input: { checkout_session_id: action.checkout_session_id, event: source },
        })
        res.json({ received: true, outcome: result.kind, ...("reason" in result ? { reason: result.reason } : {}) })
        return
      }
      case "refund": {
        const { result } = await reflectCustomOrderRefundWorkflow(req.scope).run({
          input: { payment_intent_id: action.payment_intent_id, event: source },
        })
        res.json({ received: true, outcome: result.changed ? "refund_recorded" : "ignore" })
        return
      }
      default:
        res.json({ received: true, outcome: "ignore", reason: action.reason })
    }
  } catch (error) {
    if ((error as { code?: string }).code === STRIPE_UNAVAILABLE) {
      throw error
    }
    req.scope.resolve("logger").error(`Stripe event ${event.id} (${event.type}) failed`, error as Error)
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Processing Stripe event ${event.id} (${event.type}) failed; it will be processed when Stripe delivers it again: ${(error as Error).message}`
    )
  }
}
