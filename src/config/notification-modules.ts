import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"
import { AppEnv } from "./env"
import { notificationSettings } from "./notification-settings"

/** The one channel the shop sends on. */
export const EMAIL_CHANNEL = "email"

export type NotificationProviderName = "local" | "sendgrid"

/**
 * Medusa's Notification module with one e-mail provider, chosen by
 * NOTIFICATION_PROVIDER: `local` (the default) logs every message as a person
 * would read it (src/modules/notification-log); `sendgrid` sends it through
 * Medusa's SendGrid provider, from SHOP_EMAIL, with SENDGRID_API_KEY.
 */
export function notificationModules(env: AppEnv): InputConfigModules {
  const provider = (env.NOTIFICATION_PROVIDER ?? "local") as NotificationProviderName
  return [
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: { providers: [emailProvider(provider, env)] },
    },
  ]
}

function emailProvider(provider: NotificationProviderName, env: AppEnv) {
  if (provider === "sendgrid") {
    if (!env.SENDGRID_API_KEY) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Invalid configuration in the environment: SENDGRID_API_KEY is required when NOTIFICATION_PROVIDER is sendgrid"
      )
    }
    return {
      resolve: "@medusajs/medusa/notification-sendgrid",
      id: "sendgrid",
      options: { channels: [EMAIL_CHANNEL], api_key: env.SENDGRID_API_KEY, from: notificationSettings(env).shopEmail },
    }
  }
  return {
    resolve: "./src/modules/notification-log",
    id: "log",
    options: { channels: [EMAIL_CHANNEL] },
  }
}
