import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { CustomOrder } from "./models/custom-order"
import { CustomOrderImage } from "./models/custom-order-image"
import { CustomOrderNote } from "./models/custom-order-note"
import { CustomOrderPayment } from "./models/custom-order-payment"
import { CustomOrderPhotograph } from "./models/custom-order-photograph"
import { CustomOrderQuote } from "./models/custom-order-quote"
import { CustomOrderStatusChange } from "./models/custom-order-status-change"
import { CustomOrderStripeEvent } from "./models/custom-order-stripe-event"

export type RecordStripeOutcomeInput = {
  /** the Stripe event that brought it; recorded uniquely (null for the reconciliation job) */
  event?: { stripe_event_id: string; type: string } | null
  custom_order_id: string
  /** a payment to record, or changes to an already recorded one */
  payment?: Record<string, unknown> & { custom_order_id: string }
  payment_update?: Record<string, unknown> & { id: string }
  /** changes to the request (e.g. paid), with its history entry */
  custom_order_update?: Record<string, unknown> & { id: string }
  status_change?: Record<string, unknown>
}

export type RecordedStripeOutcome = {
  event_row_id: string | null
  payment_id: string | null
  status_change_id: string | null
}

/**
 * Data access for custom order requests. Rules (who may move a request where)
 * live in the state machine and the workflows, not here.
 */
export default class CustomOrderModuleService extends MedusaService({
  CustomOrder,
  CustomOrderImage,
  CustomOrderNote,
  CustomOrderPayment,
  CustomOrderPhotograph,
  CustomOrderQuote,
  CustomOrderStatusChange,
  CustomOrderStripeEvent,
}) {
  /**
   * Writes what a Stripe event changed in one database transaction: the event's
   * unique row together with its effect (a payment, the request's new status and
   * its history entry). A second delivery of the event fails on the unique row
   * and changes nothing.
   */
  @InjectManager()
  async recordStripeOutcome(
    input: RecordStripeOutcomeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedStripeOutcome> {
    return await this.recordStripeOutcome_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordStripeOutcome_(
    input: RecordStripeOutcomeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedStripeOutcome> {
    const eventRow = input.event
      ? await this.createCustomOrderStripeEvents(
          { ...input.event, custom_order_id: input.custom_order_id },
          sharedContext
        )
      : null
    const payment = input.payment ? await this.createCustomOrderPayments(input.payment as any, sharedContext) : null
    if (input.payment_update) {
      await this.updateCustomOrderPayments(input.payment_update as any, sharedContext)
    }
    if (input.custom_order_update) {
      await this.updateCustomOrders(input.custom_order_update as any, sharedContext)
    }
    const statusChange = input.status_change
      ? await this.createCustomOrderStatusChanges(input.status_change as any, sharedContext)
      : null
    return { event_row_id: eventRow?.id ?? null, payment_id: payment?.id ?? null, status_change_id: statusChange?.id ?? null }
  }

  /** Undoes recordStripeOutcome, in one transaction: removes the rows it created and puts back what it changed. */
  @InjectManager()
  async revertStripeOutcome(
    input: {
      recorded: RecordedStripeOutcome
      custom_order_snapshot?: Record<string, unknown> & { id: string }
      payment_snapshot?: Record<string, unknown> & { id: string }
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.revertStripeOutcome_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertStripeOutcome_(
    input: {
      recorded: RecordedStripeOutcome
      custom_order_snapshot?: Record<string, unknown> & { id: string }
      payment_snapshot?: Record<string, unknown> & { id: string }
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const { recorded } = input
    if (recorded.status_change_id) {
      await this.deleteCustomOrderStatusChanges(recorded.status_change_id, sharedContext)
    }
    if (input.custom_order_snapshot) {
      await this.updateCustomOrders(input.custom_order_snapshot as any, sharedContext)
    }
    if (input.payment_snapshot) {
      await this.updateCustomOrderPayments(input.payment_snapshot as any, sharedContext)
    }
    if (recorded.payment_id) {
      await this.deleteCustomOrderPayments(recorded.payment_id, sharedContext)
    }
    if (recorded.event_row_id) {
      await this.deleteCustomOrderStripeEvents(recorded.event_row_id, sharedContext)
    }
  }
}
