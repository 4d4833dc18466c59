import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import {
  adminConfig,
  assertProductionSecrets,
  fileModules,
  notificationModules,
  parseAppEnv,
  paymentModules,
  projectConfig,
  redisModules,
} from "./src/config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// No network calls home from a shop's server.
process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"

const env = parseAppEnv(process.env)
assertProductionSecrets(env)

module.exports = defineConfig({
  projectConfig: projectConfig(env),
  admin: adminConfig(env),
  modules: [
    ...redisModules(env),
    ...paymentModules(env),
    ...fileModules(env),
    ...notificationModules(env),
    { resolve: "./src/modules/custom-order" },
    {
      resolve: "./src/modules/stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        apiHost: env.STRIPE_API_HOST,
        customOrderWebhookSecret: env.STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET,
        storefrontUrl: env.STOREFRONT_URL,
        shippingCountries: env.CUSTOM_ORDER_SHIPPING_COUNTRIES?.split(",").map((c) => c.trim().toUpperCase()),
      },
    },
  ],
})
