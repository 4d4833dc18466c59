import { Modules } from "@medusajs/framework/utils"
import { parseAppEnv } from "../env"
import { redisModules } from "../infrastructure-modules"
import { paymentModules } from "../payment-modules"
import { adminConfig, projectConfig } from "../project-config"

describe("redisModules", () => {
  it("keeps Medusa's in-memory defaults without REDIS_URL", () => {
    expect(redisModules(parseAppEnv({}))).toEqual([])
  })

  it("uses Medusa's Redis event bus, workflow engine, locking and cache with REDIS_URL", () => {
    const modules = redisModules(parseAppEnv({ REDIS_URL: "redis://cache:6379" })) as any[]
    const byKey = Object.fromEntries(modules.map((m) => [m.key, m]))
    expect(Object.keys(byKey).sort()).toEqual(
      [Modules.CACHE, Modules.EVENT_BUS, Modules.LOCKING, Modules.WORKFLOW_ENGINE].sort()
    )
    expect(byKey[Modules.EVENT_BUS]).toMatchObject({ resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: "redis://cache:6379" } })
    expect(byKey[Modules.WORKFLOW_ENGINE]).toMatchObject({ resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: "redis://cache:6379" } } })
    expect(byKey[Modules.CACHE]).toMatchObject({ resolve: "@medusajs/medusa/cache-redis" })
    expect(byKey[Modules.LOCKING].options.providers).toEqual([
      expect.objectContaining({ resolve: "@medusajs/medusa/locking-redis", is_default: true }),
    ])
  })
})

describe("paymentModules", () => {
  it("registers no Stripe provider without STRIPE_API_KEY", () => {
    expect(paymentModules(parseAppEnv({}))).toEqual([])
  })

  it("registers Medusa's Stripe provider (host-aware subclass) as `stripe` with the key and webhook secret", () => {
    const [payment] = paymentModules(
      parseAppEnv({ STRIPE_API_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1" })
    ) as any[]
    expect(payment.options.providers).toEqual([
      { resolve: "./src/modules/stripe-payment", id: "stripe", options: { apiKey: "sk_test_1", webhookSecret: "whsec_1", apiHost: undefined } },
      { resolve: "./src/modules/stripe-link-payment", id: "custom-orders", options: { apiKey: "sk_test_1", apiHost: undefined } },
    ])
  })
})

describe("projectConfig and adminConfig", () => {
  it("leaves the secrets to Medusa when unset and passes them when set", () => {
    expect(projectConfig(parseAppEnv({})).http).not.toHaveProperty("jwtSecret")
    expect(projectConfig(parseAppEnv({ JWT_SECRET: "j", COOKIE_SECRET: "c" })).http).toMatchObject({ jwtSecret: "j", cookieSecret: "c" })
  })

  it("defaults AUTH_CORS to the store and admin origins", () => {
    const http = projectConfig(parseAppEnv({ STORE_CORS: "https://shop.example.com", ADMIN_CORS: "https://admin.example.com" })).http!
    expect(http.authCors).toEqual("https://shop.example.com,https://admin.example.com")
  })

  it("runs workers without the dashboard", () => {
    expect(adminConfig(parseAppEnv({ MEDUSA_WORKER_MODE: "worker" }))!.disable).toBe(true)
    expect(adminConfig(parseAppEnv({ MEDUSA_WORKER_MODE: "server" }))!.disable).toBe(false)
    expect(adminConfig(parseAppEnv({ DISABLE_MEDUSA_ADMIN: "true" }))!.disable).toBe(true)
    expect(projectConfig(parseAppEnv({})).workerMode).toEqual("shared")
  })
})
