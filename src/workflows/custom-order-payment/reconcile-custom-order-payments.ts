import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOM_ORDER_MODULE, CustomOrderStatus, PaymentLinkStatus } from "../../modules/custom-order"
import CustomOrderModuleService from "../../modules/custom-order/service"
import { STRIPE_MODULE } from "../../modules/stripe"
import StripeModuleService from "../../modules/stripe/service"
import { applyCustomOrderPaymentWorkflow } from "./apply-custom-order-payment"

export type ReconciliationReport = {
  links_checked: number
  sessions_found: number
  applied: number
  refunded: number
  already_recorded: number
  failed: number
}

/**
 * Finds payments a lost webhook missed: asks Stripe for the completed Checkout
 * Sessions of every active payment link and runs each through the same
 * workflow as the webhook (which recognises what is already recorded). Not a
 * workflow itself: it loops over links and sessions and runs one workflow per
 * session. Used by the hourly job and by `npm run stripe:reconcile`.
 */
export async function reconcileCustomOrderPayments(container: MedusaContainer): Promise<ReconciliationReport | null> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const stripeModule = container.resolve<StripeModuleService>(STRIPE_MODULE)
  if (!stripeModule.isEnabled()) {
    return null
  }
  const stripe = stripeModule.client()
  const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
  const open = await customOrders.listCustomOrders(
    { status: CustomOrderStatus.APPROVED, payment_link_status: PaymentLinkStatus.ACTIVE },
    { select: ["id", "payment_link_id"] }
  )
  const report: ReconciliationReport = { links_checked: 0, sessions_found: 0, applied: 0, refunded: 0, already_recorded: 0, failed: 0 }
  for (const request of open) {
    if (!request.payment_link_id) continue
    report.links_checked++
    const sessions = await stripe.checkout.sessions.list({ payment_link: request.payment_link_id, status: "complete", limit: 100 })
    for (const session of sessions.data) {
      report.sessions_found++
      const { result, errors } = await applyCustomOrderPaymentWorkflow(container).run({
        input: { checkout_session_id: session.id, event: null },
        throwOnError: false,
      })
      if (errors.length) {
        report.failed++
        logger.warn(`Reconciliation could not apply session ${session.id} of ${request.id}: ${errors[0].error?.message}`)
      } else if (result.kind === "apply") report.applied++
      else if (result.kind === "refund" || result.kind === "record_refunded") report.refunded++
      else report.already_recorded++
    }
  }
  if (report.applied || report.refunded || report.failed) {
    logger.info(`Custom order payment reconciliation: ${JSON.stringify(report)}`)
  }
  return report
}
