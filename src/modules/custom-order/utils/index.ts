export * from "./access-token"
export * from "./shopper-access"
export * from "./state-machine"
export * from "./payment-decision"
