import { MedusaError } from "@medusajs/framework/utils"
import { AppEnv, isProductionEnv } from "./env"

/** Secrets that are public knowledge: Medusa's development default and our template's placeholder. */
export const KNOWN_DEFAULT_SECRETS = ["supersecret", "change-me"]
export const MIN_SECRET_LENGTH = 32

const SECRET_VARIABLES = ["JWT_SECRET", "COOKIE_SECRET"] as const

/**
 * In production, refuses to run with a missing, well-known or short JWT or
 * cookie secret: anyone who knows the value could forge admin tokens or
 * session cookies. The message names the variable and how to make a value.
 */
export function assertProductionSecrets(env: AppEnv): void {
  if (!isProductionEnv(env)) {
    return
  }
  const problems = SECRET_VARIABLES.flatMap((name) => {
    const value = env[name]
    if (!value) {
      return [`${name} is not set`]
    }
    if (KNOWN_DEFAULT_SECRETS.includes(value)) {
      return [`${name} is a development default`]
    }
    if (value.length < MIN_SECRET_LENGTH) {
      return [`${name} is shorter than ${MIN_SECRET_LENGTH} characters`]
    }
    return []
  })
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Refusing to start with NODE_ENV=production: ${problems.join(", ")}. ` +
        `Set each to its own random value, e.g. \`openssl rand -hex 32\`.`
    )
  }
}
