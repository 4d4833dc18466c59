/**
 * The demo shop: what `npm run dev` and the seed script put in an empty
 * database. Amounts are in major units (Medusa v2 stores 38 as $38.00).
 */

export const SHOP_NAME = "Spirit Beads"
export const SHOP_CURRENCY = "usd"
export const SALES_CHANNEL_NAME = "Spirit Beads Online Store"
export const PUBLISHABLE_KEY_TITLE = "Spirit Beads Storefront"
export const REGION_NAME = "United States"
export const REGION_COUNTRIES = ["us"]
export const SHIPPING_PROFILE_NAME = "Default Shipping Profile"
export const FULFILLMENT_PROVIDER_ID = "manual_manual"
export const STOCK_LOCATION = {
  name: "Spirit Beads Studio",
  address: {
    address_1: "12 Loom Lane",
    city: "Santa Fe",
    province: "NM",
    postal_code: "87501",
    country_code: "us",
  },
}
export const FULFILLMENT_SET_NAME = "Spirit Beads Studio shipping"
export const SERVICE_ZONE_NAME = "United States"
export const SHIPPING_OPTIONS = [
  { name: "Standard Shipping", code: "standard", label: "Standard", description: "Ships in 3-5 business days.", amount: 5 },
  { name: "Express Shipping", code: "express", label: "Express", description: "Ships in 1-2 business days.", amount: 15 },
]

export type LighterCategoryHandle = "classic-bic" | "mini-bic"

export const CATEGORIES: { handle: LighterCategoryHandle; name: string; description: string }[] = [
  {
    handle: "classic-bic",
    name: "Classic BIC",
    description: "Beaded cases for the full-size BIC lighter (J26).",
  },
  {
    handle: "mini-bic",
    name: "Mini BIC",
    description: "Beaded cases for the mini BIC lighter (J25).",
  },
]

/** The lighter size is also the product's one option, so a storefront can show it. */
export const LIGHTER_OPTION_TITLE = "Lighter"
export const LIGHTER_OPTION_VALUES: Record<LighterCategoryHandle, string> = {
  "classic-bic": "Classic BIC",
  "mini-bic": "Mini BIC",
}

export type DemoProduct = {
  handle: string
  title: string
  description: string
  category: LighterCategoryHandle
  price: number
  /** 1 = one of a kind. */
  stock: number
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  { handle: "sunset-chevron", title: "Sunset Chevron", category: "classic-bic", price: 38, stock: 5, description: "Chevrons of coral, amber and magenta glass beads, stitched bead by bead in peyote stitch." },
  { handle: "ocean-wave", title: "Ocean Wave", category: "classic-bic", price: 38, stock: 4, description: "Rolling waves in deep blue, teal and sea foam." },
  { handle: "desert-diamond", title: "Desert Diamond", category: "classic-bic", price: 42, stock: 1, description: "Turquoise diamonds on sandstone with a brick-red line. One of a kind." },
  { handle: "forest-stripe", title: "Forest Stripe", category: "classic-bic", price: 35, stock: 6, description: "Bands of pine, moss, sage and bark." },
  { handle: "midnight-galaxy", title: "Midnight Galaxy", category: "classic-bic", price: 45, stock: 1, description: "Navy night sky scattered with silver and violet stars. One of a kind." },
  { handle: "rainbow-pride", title: "Rainbow Pride", category: "classic-bic", price: 40, stock: 8, description: "Six bright stripes of the pride flag." },
  { handle: "fire-opal-flame", title: "Fire Opal Flame", category: "classic-bic", price: 48, stock: 1, description: "Flames rising from ember to gold. One of a kind." },
  { handle: "black-gold-deco", title: "Black & Gold Deco", category: "classic-bic", price: 44, stock: 2, description: "Art deco fans in matte black and 24k gold-plated beads." },
  { handle: "cherry-blossom", title: "Cherry Blossom", category: "mini-bic", price: 30, stock: 5, description: "Pink blossoms with golden centres on a pale petal ground." },
  { handle: "turquoise-zigzag", title: "Turquoise Zigzag", category: "mini-bic", price: 30, stock: 3, description: "A southwestern zigzag in turquoise, bone and terracotta." },
  { handle: "monarch-butterfly", title: "Monarch Butterfly", category: "mini-bic", price: 34, stock: 1, description: "Orange and black monarch wings with white spots. One of a kind." },
  { handle: "checkerboard", title: "Checkerboard", category: "mini-bic", price: 28, stock: 10, description: "A classic black and white check." },
  { handle: "sunflower-field", title: "Sunflower Field", category: "mini-bic", price: 32, stock: 4, description: "Sunflowers over a green field." },
  { handle: "lavender-haze", title: "Lavender Haze", category: "mini-bic", price: 29, stock: 1, description: "Soft stripes of lilac, violet and mist. One of a kind." },
]

export const skuOf = (product: DemoProduct) => `SB-${product.handle.toUpperCase()}`
