export * from "./sync-product-to-stripe"
export * from "./sync-catalog-to-stripe"
