import { Module } from "@medusajs/framework/utils"
import announceStripeStatus from "./loaders/announce-stripe-status"
import StripeModuleService from "./service"

export const STRIPE_MODULE = "stripe"

export default Module(STRIPE_MODULE, {
  service: StripeModuleService,
  loaders: [announceStripeStatus],
})
