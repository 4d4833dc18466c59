import {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MathBN, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { toStripeAmount } from "../../utils/stripe-amount"
import { assertNotRealStripeInTests, stripeHostConfig } from "../stripe/client-config"

type Options = { apiKey: string; apiHost?: string }

/** What a payment of this provider carries: the Stripe objects of the payment link payment. */
export type StripeLinkPaymentData = {
  stripe_payment_intent_id: string
  stripe_checkout_session_id?: string
  currency_code: string
}

/**
 * Payments a shopper already made through a Stripe payment link (custom order
 * quotes), recorded on the Medusa order that the paid request becomes. The
 * payment's data carries the PaymentIntent id; authorizing checks with Stripe
 * that it really succeeded; refunds (from the dashboard, or when the order is
 * cancelled) go to Stripe. Registered as pp_stripe-link_custom-orders.
 */
export default class StripeLinkPaymentProviderService extends AbstractPaymentProvider<Options> {
  static identifier = "stripe-link"
  protected readonly stripe_: Stripe

  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    const host = stripeHostConfig(options.apiHost)
    assertNotRealStripeInTests(host.host)
    this.stripe_ = new Stripe(options.apiKey, { ...host, telemetry: false, maxNetworkRetries: 2 })
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.apiKey) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The stripe-link payment provider needs apiKey")
    }
  }

  private data(input: { data?: Record<string, unknown> }): StripeLinkPaymentData {
    const data = (input.data ?? {}) as Partial<StripeLinkPaymentData>
    if (!data.stripe_payment_intent_id || !data.currency_code) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A stripe-link payment needs stripe_payment_intent_id and currency_code")
    }
    return data as StripeLinkPaymentData
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = this.data(input)
    return { id: data.stripe_payment_intent_id, data }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = this.data(input)
    const intent = await this.stripe_.paymentIntents.retrieve(data.stripe_payment_intent_id)
    return {
      status: intent.status === "succeeded" ? PaymentSessionStatus.AUTHORIZED : PaymentSessionStatus.ERROR,
      data,
    }
  }

  /** Stripe captured it when the shopper paid. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: this.data(input) }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = this.data(input)
    const refund = await this.stripe_.refunds.create(
      {
        payment_intent: data.stripe_payment_intent_id,
        // Medusa passes a BigNumber here: Number() of it is NaN
        amount: toStripeAmount(MathBN.convert(input.amount).toNumber(), data.currency_code),
      },
      input.context?.idempotency_key ? { idempotencyKey: input.context.idempotency_key } : undefined
    )
    return { data: { ...data, last_refund_id: refund.id } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = this.data(input)
    const intent = await this.stripe_.paymentIntents.retrieve(data.stripe_payment_intent_id)
    return { status: intent.status === "succeeded" ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.PENDING, data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: this.data(input) }
  }

  /** Nothing to cancel or delete at Stripe: the money was taken; a cancelled order is refunded instead. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** Payment link events come to /hooks/custom-orders/stripe, not to Medusa's payment webhook. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
