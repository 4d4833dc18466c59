import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomOrderEvents } from "../../modules/custom-order"
import { reflectStripeRefundStep } from "./steps/reflect-stripe-refund"

export const reflectCustomOrderRefundWorkflowId = "reflect-custom-order-refund"

/** charge.refunded for a custom order payment: the refund shows on the request, and the admin is told. */
export const reflectCustomOrderRefundWorkflow = createWorkflow(
  reflectCustomOrderRefundWorkflowId,
  function (input: { payment_intent_id: string; event: { stripe_event_id: string; type: string } }) {
    const reflected = reflectStripeRefundStep(input)
    when("refund-reflected", { reflected }, ({ reflected }) => reflected.changed).then(() => {
      const data = transform({ reflected, input }, ({ reflected, input }) => ({
        id: reflected.custom_order_id,
        payment_intent_id: input.payment_intent_id,
        refunded_amount: reflected.refunded_amount,
        source: "stripe_dashboard",
      }))
      emitEventStep({ eventName: CustomOrderEvents.PAYMENT_REFUNDED, data })
    })
    return new WorkflowResponse(reflected)
  }
)
