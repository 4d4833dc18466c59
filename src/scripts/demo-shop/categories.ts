import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { CATEGORIES, LighterCategoryHandle } from "./catalog"

/** One category per lighter size. Returns their ids by handle. */
export async function ensureCategories(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const handles = CATEGORIES.map((c) => c.handle)
  const existing = await products.listProductCategories({ handle: handles })
  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          is_internal: false,
        })),
      },
    })
  }
  const all = await products.listProductCategories({ handle: handles })
  const idsByHandle = Object.fromEntries(all.map((c) => [c.handle, c.id])) as Record<LighterCategoryHandle, string>
  return { idsByHandle, created: missing.length }
}
