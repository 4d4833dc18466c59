import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_OFF_MESSAGE } from "../modules/stripe/service"
import { reconcileCustomOrderPayments } from "../workflows/custom-order-payment"

/** `npm run stripe:reconcile`: the hourly reconciliation, now, with its report. */
export default async function reconcileNow({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const report = await reconcileCustomOrderPayments(container)
  logger.info(report ? `Reconciliation: ${JSON.stringify(report)}` : STRIPE_OFF_MESSAGE)
}
