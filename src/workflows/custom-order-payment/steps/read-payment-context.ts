import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE, PaymentContext, ReceivedPayment } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"
import { toStripeAmount } from "../../../utils/stripe-amount"
import { CUSTOM_ORDER_STATE_FIELDS, CustomOrderState } from "../../custom-order/steps/types"

export const readPaymentContextStepId = "read-custom-order-payment-context"

export type PaymentContextRead = {
  decision: PaymentContext
  /** null when the payment is not for a request of this shop */
  custom_order: (CustomOrderState & { email: string; name: string; description: string; quote_amount: number | null; quote_currency_code: string | null; paid_at: Date | null; stripe_payment_intent_id: string | null; stripe_checkout_session_id: string | null }) | null
}

/** What the decision needs, read under the request's lock. Read-only. */
export const readPaymentContextStep = createStep(
  readPaymentContextStepId,
  async ({ payment, stripe_event_id }: { payment: ReceivedPayment; stripe_event_id: string | null }, { container }) => {
    const service = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const [customOrder] = payment.custom_order_id
      ? await service.listCustomOrders(
          { id: payment.custom_order_id },
          {
            select: [
              ...CUSTOM_ORDER_STATE_FIELDS,
              "email",
              "name",
              "description",
              "quote_amount",
              "quote_currency_code",
              "paid_at",
              "stripe_payment_intent_id",
              "stripe_checkout_session_id",
            ],
          }
        )
      : []
    const [quote] =
      customOrder && payment.quote_version !== null
        ? await service.listCustomOrderQuotes({ custom_order_id: customOrder.id, version: payment.quote_version })
        : []
    const sessions = await service.listCustomOrderPayments({ stripe_checkout_session_id: payment.checkout_session_id }, { select: ["id"] })
    const events = stripe_event_id
      ? await service.listCustomOrderStripeEvents({ stripe_event_id }, { select: ["id"] })
      : []
    const result: PaymentContextRead = {
      decision: {
        custom_order: customOrder
          ? { id: customOrder.id, status: customOrder.status as any, quote_version: customOrder.quote_version }
          : null,
        quote: quote
          ? { version: quote.version, amount_minor: toStripeAmount(Number(quote.amount), quote.currency_code), currency_code: quote.currency_code }
          : null,
        session_recorded: sessions.length > 0,
        event_recorded: events.length > 0,
      },
      custom_order: (customOrder as any) ?? null,
    }
    return new StepResponse(result)
  }
)
