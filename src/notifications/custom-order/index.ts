export * from "./messages"
export * from "./templates"
export * from "./photos"
