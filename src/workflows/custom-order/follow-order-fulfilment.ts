import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CustomOrderActorType, CustomOrderStatus, movesForFulfilment } from "../../modules/custom-order"
import { advanceCustomOrderStatusWorkflow } from "./advance-custom-order-status"

export type FulfilmentEvent = {
  fulfillment_id: string
  /** shipment.created, or delivery.created */
  happened: "shipped" | "delivered"
  /** false when the admin unticked "send notification" */
  notify: boolean
}

/**
 * A fulfilment of a Medusa order shipped or was delivered: if that order came
 * from a custom order request, the request follows (paid or in production ->
 * shipped; shipped -> completed; delivered without being marked shipped ->
 * both), each move through the production workflow as the system, with the
 * fulfilment's id so that the shipped message carries its tracking numbers.
 * Not a workflow itself: it reads the fulfilment and runs one workflow per
 * move. Returns the statuses the request went through.
 */
export async function followOrderFulfilment(container: MedusaContainer, event: FulfilmentEvent): Promise<CustomOrderStatus[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: fulfillments } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "order.id", "order.display_id"],
    filters: { id: event.fulfillment_id },
  })
  const order = fulfillments[0]?.order
  if (!order) {
    return []
  }
  const { data: requests } = await query.graph({
    entity: "custom_order",
    fields: ["id", "status"],
    filters: { order_id: order.id },
  })
  const request = requests[0]
  if (!request) {
    return []
  }
  const moved: CustomOrderStatus[] = []
  for (const status of movesForFulfilment(request.status as CustomOrderStatus, event.happened)) {
    const { errors } = await advanceCustomOrderStatusWorkflow(container).run({
      input: {
        custom_order_id: request.id,
        status,
        actor: { type: CustomOrderActorType.SYSTEM, id: "order-fulfilment" },
        reason: `Fulfilment ${event.fulfillment_id} of order #${order.display_id} ${status === CustomOrderStatus.SHIPPED ? "shipped" : "delivered"}`,
        fulfillment_id: event.fulfillment_id,
        notify: event.notify,
      },
      throwOnError: false,
    })
    if (errors.length) {
      logger.warn(`Custom order ${request.id} did not follow its order's fulfilment to ${status}: ${errors[0].error?.message}`)
      break
    }
    moved.push(status)
  }
  return moved
}
