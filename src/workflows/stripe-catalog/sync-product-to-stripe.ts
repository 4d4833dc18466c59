import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CatalogPrice, mirrorStripePricesStep } from "./steps/mirror-stripe-prices"
import { CatalogProduct, mirrorStripeProductStep } from "./steps/mirror-stripe-product"

export const syncProductToStripeWorkflowId = "sync-product-to-stripe"

/**
 * Makes Stripe's copy of one product match the catalogue: its Product, and one
 * current Price per variant and currency (prices with rules, e.g. per region,
 * are the shop's own business and are not mirrored). Idempotent: running it
 * again changes nothing. A deleted or unpublished product is archived.
 */
export const syncProductToStripeWorkflow = createWorkflow(
  syncProductToStripeWorkflowId,
  function (input: { product_id: string }) {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: [
        "id",
        "title",
        "description",
        "status",
        "variants.id",
        "variants.prices.amount",
        "variants.prices.currency_code",
        "variants.prices.rules_count",
      ],
      filters: { id: input.product_id },
    })
    const product = transform({ products }, ({ products }) => (products[0] ?? null) as CatalogProduct | null)
    const mirrored = mirrorStripeProductStep({ product_id: input.product_id, product })

    const prices = transform({ products }, ({ products }) => {
      const found = products[0] as any
      if (!found || found.status !== "published") return [] as CatalogPrice[]
      return (found.variants ?? []).flatMap((variant: any) =>
        (variant?.prices ?? [])
          .filter((price: any) => price && !price.rules_count)
          .map((price: any) => ({ variant_id: variant.id, currency_code: price.currency_code, amount: Number(price.amount) }))
      ) as CatalogPrice[]
    })
    const priceChanges = mirrorStripePricesStep({
      product_id: input.product_id,
      stripe_product_id: mirrored.stripe_product_id,
      prices,
    })
    const result = transform({ mirrored, priceChanges }, ({ mirrored, priceChanges }) => ({
      product: mirrored.change,
      prices: priceChanges,
    }))
    return new WorkflowResponse(result)
  }
)
