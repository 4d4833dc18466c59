import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_MODULE } from "../modules/stripe"
import StripeModuleService from "../modules/stripe/service"
import { syncProductToStripeWorkflow } from "../workflows/stripe-catalog"

const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]

/**
 * A product, or one of its variants or prices, changed: mirror that product to
 * Stripe. This runs after the admin's request has been answered, so Stripe
 * being down never blocks or fails the admin; a failure is logged and the next
 * change, or `npm run stripe:sync`, catches up.
 */
export default async function stripeCatalogSync({ event, container }: SubscriberArgs<{ id: string }>) {
  const stripeModule = container.resolve<StripeModuleService>(STRIPE_MODULE)
  if (!stripeModule.isEnabled()) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let productId: string | undefined = event.data.id
  if (VARIANT_EVENTS.includes(event.name)) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: event.data.id },
      withDeleted: true,
    })
    productId = data[0]?.product_id ?? undefined
  }
  if (!productId) {
    return
  }
  const { errors } = await syncProductToStripeWorkflow(container).run({
    input: { product_id: productId },
    throwOnError: false,
  })
  if (errors.length) {
    logger.warn(
      `Stripe catalogue sync of ${productId} failed (${errors[0].error?.message}); the next change or \`npm run stripe:sync\` will catch up`
    )
  }
}

export const config: SubscriberConfig = {
  event: [...PRODUCT_EVENTS, ...VARIANT_EVENTS],
  context: { subscriberId: "stripe-catalog-sync" },
}
