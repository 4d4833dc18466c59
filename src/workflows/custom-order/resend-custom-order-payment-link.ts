import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CustomOrderEvents, PaymentLinkStatus } from "../../modules/custom-order"
import { lockAndReadCustomOrder } from "./custom-order-state"
import { assertPaymentLinkResendableStep, createPaymentLinkStep, updateCustomOrderStep } from "./steps"

export const resendCustomOrderPaymentLinkWorkflowId = "resend-custom-order-payment-link"

/**
 * An admin sends the payment link again: the current one while it is active,
 * otherwise a new one for the current quote version (same idempotency key, so
 * Stripe gives back the link of this version if it exists, re-activated).
 * Emits custom_order.approved with resent: true, which sends the e-mail.
 */
export const resendCustomOrderPaymentLinkWorkflow = createWorkflow(
  resendCustomOrderPaymentLinkWorkflowId,
  function (input: { custom_order_id: string }) {
    const { lockKey, customOrder } = lockAndReadCustomOrder(input)
    assertPaymentLinkResendableStep({ custom_order: customOrder })

    when("recreate-payment-link", { customOrder }, ({ customOrder }) =>
      customOrder.payment_link_status !== PaymentLinkStatus.ACTIVE
    ).then(() => {
      const quote = transform({ customOrder }, ({ customOrder }) => ({
        version: customOrder.quote_version,
        amount: Number(customOrder.quote_amount),
        currency_code: customOrder.quote_currency_code!,
      }))
      const link = createPaymentLinkStep({ custom_order_id: customOrder.id, quote })
      const update = transform({ customOrder, link }, ({ customOrder, link }) => ({
        id: customOrder.id,
        payment_link_status: link.status,
        payment_link_id: link.id,
        payment_link_url: link.url,
      }))
      updateCustomOrderStep(update)
    })
    releaseLockStep({ key: lockKey })

    const data = transform({ customOrder }, ({ customOrder }) => ({
      id: customOrder.id,
      quote_version: customOrder.quote_version,
      revised: false,
      resent: true,
      // each resend is a message of its own
      resent_at: new Date().toISOString(),
    }))
    emitEventStep({ eventName: CustomOrderEvents.APPROVED, data })
    return new WorkflowResponse(customOrder)
  }
)
