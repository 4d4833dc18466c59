import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CustomOrderActor, CustomOrderEvents, CustomOrderStatus } from "../../modules/custom-order"
import { lockAndReadCustomOrder } from "./custom-order-state"
import {
  assertCustomOrderTransitionStep,
  createCustomOrderQuoteStep,
  createPaymentLinkStep,
  deactivatePaymentLinkStep,
  QuoteInput,
  recordStatusChangeStep,
  updateCustomOrderStep,
  validateQuoteStep,
} from "./steps"

export const quoteCustomOrderWorkflowId = "quote-custom-order"

export type QuoteCustomOrderWorkflowInput = {
  custom_order_id: string
  quote: QuoteInput
  actor: CustomOrderActor
}

/**
 * An admin quotes a request and approves it (from pending or expired), or
 * revises the quote of an approved one. Each quote is a new version with its
 * own snapshot and its own payment link; the old link is deactivated first.
 */
export const quoteCustomOrderWorkflow = createWorkflow(
  quoteCustomOrderWorkflowId,
  function (input: QuoteCustomOrderWorkflowInput) {
    const { lockKey, customOrder } = lockAndReadCustomOrder(input)
    assertCustomOrderTransitionStep({ custom_order: customOrder, to: CustomOrderStatus.APPROVED, actor: input.actor })
    validateQuoteStep({ custom_order: customOrder, quote: input.quote })

    const oldLink = deactivatePaymentLinkStep({ custom_order: customOrder })

    const quote = transform({ input, customOrder }, ({ input, customOrder }) => ({
      custom_order_id: customOrder.id,
      version: customOrder.quote_version + 1,
      amount: input.quote.amount,
      currency_code: input.quote.currency_code.toLowerCase(),
      message: input.quote.message ?? null,
      expires_at: input.quote.expires_at ? new Date(input.quote.expires_at) : null,
      created_by: input.actor.id,
    }))
    createCustomOrderQuoteStep(quote)
    const link = createPaymentLinkStep({ custom_order_id: customOrder.id, quote })

    const update = transform({ quote, link, oldLink }, ({ quote, link, oldLink }) => ({
      id: quote.custom_order_id,
      status: CustomOrderStatus.APPROVED,
      quote_version: quote.version,
      quote_amount: quote.amount,
      quote_currency_code: quote.currency_code,
      quote_message: quote.message,
      quote_expires_at: quote.expires_at,
      // a new quote version gets its own reminder
      quote_reminder_sent_at: null,
      payment_link_status: link.status ?? oldLink.payment_link_status,
      payment_link_id: link.id,
      payment_link_url: link.url,
    }))
    const updated = updateCustomOrderStep(update)

    const reason = transform({ quote }, ({ quote }) =>
      `Quote version ${quote.version}: ${quote.amount} ${quote.currency_code.toUpperCase()}`
    )
    recordStatusChangeStep({
      custom_order_id: customOrder.id,
      from: customOrder.status,
      to: CustomOrderStatus.APPROVED,
      actor: input.actor,
      reason,
    })
    releaseLockStep({ key: lockKey })

    const events = transform({ customOrder, quote, input, reason }, ({ customOrder, quote, input, reason }) => ({
      approved: {
        id: customOrder.id,
        quote_version: quote.version,
        revised: customOrder.status === CustomOrderStatus.APPROVED,
      },
      statusChanged: {
        id: customOrder.id,
        from: customOrder.status,
        to: CustomOrderStatus.APPROVED,
        actor_type: input.actor.type,
        reason,
      },
    }))
    emitEventStep({ eventName: CustomOrderEvents.APPROVED, data: events.approved })
    emitEventStep({ eventName: CustomOrderEvents.STATUS_CHANGED, data: events.statusChanged }).config({
      name: "emit-custom-order-status-changed",
    })
    return new WorkflowResponse(updated)
  }
)
