export * from "./apply-custom-order-payment"
export * from "./create-order-for-custom-order"
export * from "./reflect-custom-order-refund"
export * from "./reconcile-custom-order-payments"
