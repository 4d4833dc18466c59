import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * The shop's configuration, read from the environment only (DESIGN.md §8).
 * Every variable is validated here, once, so a typo fails at start with a
 * message that names the variable and never echoes its value.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional()

const urlWithProtocols = (protocols: string[], example: string) =>
  optionalString.refine(
    (v) => {
      if (v === undefined) {
        return true
      }
      try {
        return protocols.includes(new URL(v).protocol)
      } catch {
        return false
      }
    },
    { message: `must be a URL such as ${example}` }
  )

const flag = optionalString.refine(
  (v) => v === undefined || ["true", "false", "1", "0"].includes(v),
  { message: 'must be "true" or "false"' }
)

const corsList = optionalString.refine(
  (v) =>
    v === undefined ||
    v.split(",").every((origin) => {
      // Medusa also accepts regular expressions written as /.../
      if (/^\/.+\/$/.test(origin.trim())) {
        return true
      }
      try {
        return ["http:", "https:"].includes(new URL(origin.trim()).protocol)
      } catch {
        return false
      }
    }),
  { message: "must be a comma-separated list of origins such as http://localhost:8000" }
)

const positiveInteger = optionalString.refine((v) => v === undefined || /^[1-9]\d*$/.test(v), {
  message: "must be a whole number greater than 0",
})

const emailAddress = optionalString.refine((v) => v === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
  message: "must be an e-mail address such as orders@example.com",
})

export const appEnvSchema = z.object({
  NODE_ENV: optionalString,
  DATABASE_URL: urlWithProtocols(["postgres:", "postgresql:"], "postgres://user:password@host:5432/db"),
  REDIS_URL: urlWithProtocols(["redis:", "rediss:"], "redis://localhost:6379"),
  STORE_CORS: corsList,
  ADMIN_CORS: corsList,
  AUTH_CORS: corsList,
  JWT_SECRET: optionalString,
  COOKIE_SECRET: optionalString,
  MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).optional(),
  DISABLE_MEDUSA_ADMIN: flag,
  MEDUSA_BACKEND_URL: urlWithProtocols(["http:", "https:"], "https://shop-api.example.com"),
  PORT: optionalString.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 0 && Number(v) <= 65535),
    { message: "must be a port number" }
  ),
  STOREFRONT_URL: urlWithProtocols(["http:", "https:"], "https://shop.example.com"),
  CUSTOM_ORDER_SHIPPING_COUNTRIES: optionalString.refine(
    (v) => v === undefined || v.split(",").every((c) => /^[A-Za-z]{2}$/.test(c.trim())),
    { message: "must be a comma-separated list of two-letter country codes such as US,CA" }
  ),
  CUSTOM_ORDER_RATE_LIMIT_WINDOW_SECONDS: positiveInteger,
  CUSTOM_ORDER_RATE_LIMIT_PER_IP: positiveInteger,
  CUSTOM_ORDER_RATE_LIMIT_PER_EMAIL: positiveInteger,
  STRIPE_API_KEY: optionalString.refine(
    (v) => v === undefined || /^(sk|rk)_(test|live)_\S+$/.test(v),
    { message: "must be a Stripe secret key (sk_test_…, sk_live_… or a restricted rk_… key)" }
  ),
  STRIPE_WEBHOOK_SECRET: optionalString.refine(
    (v) => v === undefined || v.startsWith("whsec_"),
    { message: "must be a Stripe webhook signing secret (whsec_…)" }
  ),
  STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET: optionalString.refine(
    (v) => v === undefined || v.startsWith("whsec_"),
    { message: "must be a Stripe webhook signing secret (whsec_…)" }
  ),
  STRIPE_API_HOST: urlWithProtocols(["http:", "https:"], "http://127.0.0.1:12111"),
  SHOP_NAME: optionalString.refine((v) => v === undefined || v.length <= 100, {
    message: "must be at most 100 characters",
  }),
  SHOP_EMAIL: emailAddress,
  CUSTOM_ORDER_NOTIFY_EMAIL: emailAddress,
  NOTIFICATION_PROVIDER: optionalString.refine((v) => v === undefined || ["local", "sendgrid"].includes(v), {
    message: 'must be "local" or "sendgrid"',
  }),
  SENDGRID_API_KEY: optionalString.refine((v) => v === undefined || v.startsWith("SG."), {
    message: "must be a SendGrid API key (SG.…)",
  }),
  CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY: positiveInteger,
})

export type AppEnv = z.infer<typeof appEnvSchema>

/**
 * Parses and validates the environment. Throws one `invalid_data` error that
 * lists every bad variable by name (never by value, since some are secrets).
 */
export function parseAppEnv(env: NodeJS.ProcessEnv): AppEnv {
  const result = appEnvSchema.safeParse(env)
  if (result.success) {
    return result.data
  }
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join(".")} ${issue.message}`
  )
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Invalid configuration in the environment: ${problems.join("; ")}`
  )
}

export function isFlagOn(value: string | undefined): boolean {
  return value === "true" || value === "1"
}

export function isProductionEnv(env: AppEnv): boolean {
  return env.NODE_ENV === "production" || env.NODE_ENV === "prod"
}
