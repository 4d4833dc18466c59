import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOM_ORDER_MODULE, CustomOrderStatus } from "../modules/custom-order"
import CustomOrderModuleService from "../modules/custom-order/service"
import { expireCustomOrderWorkflow } from "../workflows/custom-order"

const BATCH_SIZE = 100

/**
 * Every 15 minutes: approved requests whose quote expired unpaid become
 * expired (and their payment links are deactivated), one workflow each. The
 * workflow re-checks under the request's lock, so a quote revised meanwhile
 * is left alone. Safe to run twice. Medusa calls it with the time it was
 * scheduled for, which counts as now.
 */
export default async function expireCustomOrderQuotes(
  container: MedusaContainer,
  { scheduledFor: now = new Date() }: { scheduledFor?: Date } = {}
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
  const due = await customOrders.listCustomOrders(
    { status: CustomOrderStatus.APPROVED, quote_expires_at: { $lte: now } },
    { select: ["id"], take: BATCH_SIZE, order: { quote_expires_at: "ASC" } }
  )
  let expired = 0
  for (const { id } of due) {
    const { errors } = await expireCustomOrderWorkflow(container).run({
      input: { custom_order_id: id, now },
      throwOnError: false,
    })
    if (errors.length) {
      logger.warn(`Custom order ${id} was not expired: ${errors[0].error?.message}`)
    } else {
      expired++
    }
  }
  if (due.length) {
    logger.info(`Expired ${expired} of ${due.length} custom order quotes past their date`)
  }
  return { due: due.length, expired }
}

export const config = {
  name: "expire-custom-order-quotes",
  schedule: "*/15 * * * *",
}
