import { MedusaError } from "@medusajs/framework/utils"
import { parseAppEnv } from "../env"
import { assertProductionSecrets, MIN_SECRET_LENGTH } from "../production-secrets"

const strong = "s".repeat(MIN_SECRET_LENGTH)
const guard = (env: Record<string, string>) => () => assertProductionSecrets(parseAppEnv(env))

describe("assertProductionSecrets", () => {
  it("lets development run with no secrets (Medusa's defaults apply)", () => {
    expect(guard({ NODE_ENV: "development" })).not.toThrow()
    expect(guard({})).not.toThrow()
  })

  it("accepts long, non-default secrets in production", () => {
    expect(guard({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: `${strong}2` })).not.toThrow()
  })

  it.each([
    [{}, ["JWT_SECRET is not set", "COOKIE_SECRET is not set"]],
    [{ JWT_SECRET: "supersecret", COOKIE_SECRET: strong }, ["JWT_SECRET is a development default"]],
    [{ JWT_SECRET: strong, COOKIE_SECRET: "change-me" }, ["COOKIE_SECRET is a development default"]],
    [{ JWT_SECRET: strong, COOKIE_SECRET: "short" }, [`COOKIE_SECRET is shorter than ${MIN_SECRET_LENGTH} characters`]],
    [{ JWT_SECRET: "   ", COOKIE_SECRET: strong }, ["JWT_SECRET is not set"]],
  ])("refuses production with %j", (secrets, problems) => {
    const run = guard({ NODE_ENV: "production", ...secrets })
    expect(run).toThrow(MedusaError)
    for (const problem of problems) {
      expect(run).toThrow(problem)
    }
  })

  it("also guards NODE_ENV=prod", () => {
    expect(guard({ NODE_ENV: "prod" })).toThrow("JWT_SECRET is not set")
  })

  it("never puts a secret's value in the message", () => {
    const leaked = "short-but-secret"
    try {
      guard({ NODE_ENV: "production", JWT_SECRET: leaked, COOKIE_SECRET: strong })()
      throw new Error("expected the guard to refuse")
    } catch (error) {
      expect((error as Error).message).toContain("JWT_SECRET is shorter")
      expect((error as Error).message).not.toContain(leaked)
      expect((error as Error).message).not.toContain(strong)
    }
  })
})
