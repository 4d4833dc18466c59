import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"

/** The handle of the product every custom order's line item belongs to. */
export const CUSTOM_PIECE_HANDLE = "custom-piece"

/**
 * The "Custom piece" product: the line item of a paid request's order is a
 * variant of it, priced at the quote. It is in no sales channel and stays a
 * draft, so the store never sells it; it carries the shipping profile of the
 * option custom orders ship with, which the dashboard needs to fulfil the item.
 * No inventory is kept: every piece is made to order.
 */
export function customPieceProduct(shippingProfileId: string | undefined): CreateProductWorkflowInputDTO {
  return {
    title: "Custom piece",
    handle: CUSTOM_PIECE_HANDLE,
    subtitle: "Made to order",
    description:
      "The line item of orders made from custom order requests, priced at each request's quote. Not sold in the store: keep it a draft, in no sales channel.",
    status: ProductStatus.DRAFT,
    shipping_profile_id: shippingProfileId,
    options: [{ title: "Piece", values: ["Made to order"] }],
    variants: [{ title: "Made to order", manage_inventory: false, options: { Piece: "Made to order" }, prices: [] }],
  }
}
