import fs from "node:fs/promises"
import path from "node:path"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import {
  DEMO_PRODUCTS,
  DemoProduct,
  LIGHTER_OPTION_TITLE,
  LIGHTER_OPTION_VALUES,
  LighterCategoryHandle,
  SHOP_CURRENCY,
  skuOf,
} from "./catalog"

export const DEMO_IMAGES_DIR = path.join(__dirname, "images")

/** Stores a product's picture through the File module, so it is served wherever files are (local disk, S3...). */
async function uploadProductImage(container: MedusaContainer, product: DemoProduct) {
  const content = await fs.readFile(path.join(DEMO_IMAGES_DIR, `${product.handle}.png`))
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        {
          filename: `${product.handle}.png`,
          mimeType: "image/png",
          content: content.toString("base64"),
          access: "public",
        },
      ],
    },
  })
  return result[0].url
}

type ProductContext = {
  salesChannelId: string
  shippingProfileId: string
  categoryIds: Record<LighterCategoryHandle, string>
}

/** Creates the demo products that are not in the catalogue yet (matched by handle). */
export async function ensureProducts(container: MedusaContainer, ctx: ProductContext) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts(
    { handle: DEMO_PRODUCTS.map((p) => p.handle) },
    { select: ["handle"], withDeleted: true }
  )
  const missing = DEMO_PRODUCTS.filter((p) => !existing.some((e) => e.handle === p.handle))
  if (!missing.length) {
    return { created: 0 }
  }

  const products = []
  for (const product of missing) {
    const imageUrl = await uploadProductImage(container, product)
    const lighter = LIGHTER_OPTION_VALUES[product.category]
    products.push({
      title: product.title,
      handle: product.handle,
      description: product.description,
      status: ProductStatus.PUBLISHED,
      thumbnail: imageUrl,
      images: [{ url: imageUrl }],
      category_ids: [ctx.categoryIds[product.category]],
      shipping_profile_id: ctx.shippingProfileId,
      sales_channels: [{ id: ctx.salesChannelId }],
      options: [{ title: LIGHTER_OPTION_TITLE, values: [lighter] }],
      variants: [
        {
          title: lighter,
          sku: skuOf(product),
          manage_inventory: true,
          options: { [LIGHTER_OPTION_TITLE]: lighter },
          prices: [{ amount: product.price, currency_code: SHOP_CURRENCY }],
        },
      ],
    })
  }
  await createProductsWorkflow(container).run({ input: { products } })
  return { created: missing.length }
}
