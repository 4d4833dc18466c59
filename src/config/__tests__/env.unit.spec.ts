import { MedusaError } from "@medusajs/framework/utils"
import { parseAppEnv } from "../env"

describe("parseAppEnv", () => {
  it("accepts an empty environment (every variable is optional)", () => {
    const env = parseAppEnv({})
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.MEDUSA_WORKER_MODE).toBeUndefined()
  })

  it("treats empty strings as unset", () => {
    const env = parseAppEnv({ REDIS_URL: "", STRIPE_API_KEY: "  " })
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.STRIPE_API_KEY).toBeUndefined()
  })

  it("keeps valid values", () => {
    const env = parseAppEnv({
      DATABASE_URL: "postgres://u:p@db:5432/shop",
      REDIS_URL: "rediss://cache:6380",
      STORE_CORS: "http://localhost:8000,https://shop.example.com",
      MEDUSA_WORKER_MODE: "worker",
      STRIPE_API_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
    })
    expect(env).toMatchObject({ MEDUSA_WORKER_MODE: "worker", REDIS_URL: "rediss://cache:6380" })
  })

  it.each([
    ["DATABASE_URL", "mysql://db/shop"],
    ["DATABASE_URL", "not a url"],
    ["REDIS_URL", "http://cache:6379"],
    ["STORE_CORS", "localhost:8000"],
    ["ADMIN_CORS", "http://localhost:9000,ftp://files"],
    ["MEDUSA_WORKER_MODE", "both"],
    ["DISABLE_MEDUSA_ADMIN", "yes"],
    ["STOREFRONT_URL", "shop.example.com"],
    ["STRIPE_API_KEY", "pk_test_123"],
    ["STRIPE_WEBHOOK_SECRET", "secret"],
  ])("refuses %s=%s with an invalid_data error naming the variable", (name, value) => {
    expect.assertions(3)
    try {
      parseAppEnv({ [name]: value })
    } catch (error) {
      expect(error).toBeInstanceOf(MedusaError)
      expect((error as MedusaError).type).toEqual(MedusaError.Types.INVALID_DATA)
      expect((error as Error).message).toContain(name)
    }
  })

  it("lists every bad variable at once and never echoes a value", () => {
    const secret = "pk_live_do_not_print"
    expect(() => parseAppEnv({ REDIS_URL: "nope", STRIPE_API_KEY: secret })).toThrow(/REDIS_URL.*STRIPE_API_KEY/)
    try {
      parseAppEnv({ STRIPE_API_KEY: secret })
    } catch (error) {
      expect((error as Error).message).not.toContain(secret)
    }
  })
})
