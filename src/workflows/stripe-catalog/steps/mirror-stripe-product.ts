import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_MODULE } from "../../../modules/stripe"
import StripeModuleService from "../../../modules/stripe/service"

export const mirrorStripeProductStepId = "mirror-stripe-product"

export type CatalogProduct = { id: string; title: string; description: string | null; status: string }
export type ProductMirrorResult = { stripe_product_id: string | null; change: "created" | "updated" | "archived" | "unchanged" }

type Undo = { created_mirror_id?: string; snapshot?: Record<string, unknown> & { id: string } } | null

/**
 * The Stripe Product of a Medusa product: created once (its idempotency key is
 * the product id, and the mirror row is unique per product), renamed or
 * re-activated when the product changes, archived when it is deleted or no
 * longer published. Compensation: the mirror row as it was (a retry reuses the
 * same Stripe object through the same key).
 */
export const mirrorStripeProductStep = createStep(
  { name: mirrorStripeProductStepId, maxRetries: 2 },
  async ({ product_id, product }: { product_id: string; product: CatalogProduct | null }, { container }) => {
    const stripeModule = container.resolve<StripeModuleService>(STRIPE_MODULE)
    const stripe = stripeModule.client()
    const [mirror] = await stripeModule.listStripeProductMirrors({ product_id })
    const sellable = !!product && product.status === "published"

    if (!sellable) {
      if (!mirror || !mirror.active) {
        return new StepResponse<ProductMirrorResult, Undo>({ stripe_product_id: mirror?.stripe_product_id ?? null, change: "unchanged" }, null)
      }
      await stripe.products.update(mirror.stripe_product_id, { active: false })
      await stripeModule.updateStripeProductMirrors({ id: mirror.id, active: false })
      return new StepResponse<ProductMirrorResult, Undo>(
        { stripe_product_id: mirror.stripe_product_id, change: "archived" },
        { snapshot: { id: mirror.id, active: mirror.active } }
      )
    }

    const fields = {
      name: product!.title,
      description: product!.description || undefined,
      active: true,
      metadata: { medusa_product_id: product_id },
    }
    if (!mirror) {
      const created = await stripe.products.create(fields, { idempotencyKey: `medusa-product-${product_id}` })
      const row = await stripeModule.createStripeProductMirrors({
        product_id,
        stripe_product_id: created.id,
        name: product!.title,
        active: true,
      })
      return new StepResponse<ProductMirrorResult, Undo>({ stripe_product_id: created.id, change: "created" }, { created_mirror_id: row.id })
    }
    if (mirror.name === product!.title && mirror.active) {
      return new StepResponse<ProductMirrorResult, Undo>({ stripe_product_id: mirror.stripe_product_id, change: "unchanged" }, null)
    }
    await stripe.products.update(mirror.stripe_product_id, { name: fields.name, description: fields.description ?? "", active: true })
    await stripeModule.updateStripeProductMirrors({ id: mirror.id, name: product!.title, active: true })
    return new StepResponse<ProductMirrorResult, Undo>(
      { stripe_product_id: mirror.stripe_product_id, change: "updated" },
      { snapshot: { id: mirror.id, name: mirror.name, active: mirror.active } }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const stripeModule = container.resolve<StripeModuleService>(STRIPE_MODULE)
    if (undo.created_mirror_id) await stripeModule.deleteStripeProductMirrors(undo.created_mirror_id)
    if (undo.snapshot) await stripeModule.updateStripeProductMirrors(undo.snapshot as any)
  }
)
