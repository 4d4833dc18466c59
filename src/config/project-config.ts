import type { InputConfig } from "@medusajs/framework/types"
import { AppEnv, isFlagOn } from "./env"

export const DEFAULT_STORE_CORS = "http://localhost:8000"
export const DEFAULT_ADMIN_CORS = "http://localhost:9000,http://localhost:5173"

/** Where this backend is reached from outside: MEDUSA_BACKEND_URL, or this server; no trailing slash. */
export function backendUrl(env: AppEnv): string {
  return (env.MEDUSA_BACKEND_URL ?? `http://localhost:${env.PORT ?? 9000}`).replace(/\/+$/, "")
}

type ProjectConfig = NonNullable<InputConfig["projectConfig"]>

/** Keeps only the keys that have a value, so Medusa's own defaults still apply to the rest. */
function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined)
  ) as Partial<T>
}

export function projectConfig(env: AppEnv): ProjectConfig {
  const storeCors = env.STORE_CORS ?? DEFAULT_STORE_CORS
  const adminCors = env.ADMIN_CORS ?? DEFAULT_ADMIN_CORS
  return {
    ...defined({
      databaseUrl: env.DATABASE_URL,
      redisUrl: env.REDIS_URL,
    }),
    workerMode: env.MEDUSA_WORKER_MODE ?? "shared",
    http: {
      storeCors,
      adminCors,
      authCors: env.AUTH_CORS ?? `${storeCors},${adminCors}`,
      ...defined({
        jwtSecret: env.JWT_SECRET,
        cookieSecret: env.COOKIE_SECRET,
      }),
    },
  } as ProjectConfig
}

/**
 * The dashboard is served on /app by server processes. Worker processes never
 * serve HTTP for people, so they skip it, as does anyone who sets
 * DISABLE_MEDUSA_ADMIN=true (for example when the dashboard is hosted elsewhere).
 */
export function adminConfig(env: AppEnv): InputConfig["admin"] {
  return {
    disable: isFlagOn(env.DISABLE_MEDUSA_ADMIN) || env.MEDUSA_WORKER_MODE === "worker",
    ...defined({ backendUrl: env.MEDUSA_BACKEND_URL }),
  }
}
