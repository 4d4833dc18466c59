import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_MODULE } from "../../../modules/stripe"
import StripeModuleService from "../../../modules/stripe/service"
import { toStripeAmount } from "../../../utils/stripe-amount"

export const mirrorStripePricesStepId = "mirror-stripe-prices"

export type CatalogPrice = { variant_id: string; currency_code: string; amount: number }
export type PriceChange = { variant_id: string; currency_code: string; change: "created" | "replaced" | "archived" }

type Undo = { created_ids: string[]; snapshots: (Record<string, unknown> & { id: string })[] }

/**
 * The Stripe Prices of a product's variants: one current price per variant and
 * currency. A new amount gets a new Stripe Price (its idempotency key is the
 * variant, currency and amount) and the old one is archived; prices that are
 * gone, or all of them when the product is, are archived. Compensation: the
 * mirror rows as they were.
 */
export const mirrorStripePricesStep = createStep(
  { name: mirrorStripePricesStepId, maxRetries: 2 },
  async (
    input: { product_id: string; stripe_product_id: string | null; prices: CatalogPrice[] },
    { container }
  ) => {
    const stripeModule = container.resolve<StripeModuleService>(STRIPE_MODULE)
    const stripe = stripeModule.client()
    const mirrors = await stripeModule.listStripePriceMirrors({ product_id: input.product_id })
    const undo: Undo = { created_ids: [], snapshots: [] }
    const changes: PriceChange[] = []
    const key = (p: { variant_id: string; currency_code: string }) => `${p.variant_id}:${p.currency_code}`
    const wanted = new Map(input.prices.map((p) => [key(p), p]))

    for (const price of input.stripe_product_id ? input.prices : []) {
      const mirror = mirrors.find((m) => key(m) === key(price))
      if (mirror && mirror.active && Number(mirror.amount) === price.amount) continue
      const unitAmount = toStripeAmount(price.amount, price.currency_code)
      const created = await stripe.prices.create(
        {
          product: input.stripe_product_id!,
          currency: price.currency_code,
          unit_amount: unitAmount,
          metadata: { medusa_variant_id: price.variant_id },
        },
        { idempotencyKey: `medusa-price-${price.variant_id}-${price.currency_code}-${unitAmount}` }
      )
      if (!mirror) {
        const row = await stripeModule.createStripePriceMirrors({ ...price, product_id: input.product_id, stripe_price_id: created.id, active: true })
        undo.created_ids.push(row.id)
        changes.push({ variant_id: price.variant_id, currency_code: price.currency_code, change: "created" })
        continue
      }
      if (mirror.active && mirror.stripe_price_id !== created.id) {
        await stripe.prices.update(mirror.stripe_price_id, { active: false })
      }
      undo.snapshots.push({ id: mirror.id, amount: mirror.amount, stripe_price_id: mirror.stripe_price_id, active: mirror.active })
      await stripeModule.updateStripePriceMirrors({ id: mirror.id, amount: price.amount, stripe_price_id: created.id, active: true })
      changes.push({ variant_id: price.variant_id, currency_code: price.currency_code, change: "replaced" })
    }

    for (const mirror of mirrors) {
      if (!mirror.active || (input.stripe_product_id && wanted.has(key(mirror)))) continue
      await stripe.prices.update(mirror.stripe_price_id, { active: false })
      undo.snapshots.push({ id: mirror.id, active: true })
      await stripeModule.updateStripePriceMirrors({ id: mirror.id, active: false })
      changes.push({ variant_id: mirror.variant_id, currency_code: mirror.currency_code, change: "archived" })
    }
    return new StepResponse(changes, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const stripeModule = container.resolve<StripeModuleService>(STRIPE_MODULE)
    if (undo.created_ids.length) await stripeModule.deleteStripePriceMirrors(undo.created_ids)
    for (const snapshot of undo.snapshots) await stripeModule.updateStripePriceMirrors(snapshot as any)
  }
)
