import { MedusaContainer } from "@medusajs/framework/types"
import { reconcileCustomOrderPayments } from "../workflows/custom-order-payment"

/** Every hour: payments of custom order links that a lost webhook missed. */
export default async function reconcileCustomOrderPaymentsJob(container: MedusaContainer) {
  await reconcileCustomOrderPayments(container)
}

export const config = {
  name: "reconcile-custom-order-payments",
  schedule: "17 * * * *",
}
