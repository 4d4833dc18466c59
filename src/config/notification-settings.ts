import { AppEnv } from "./env"
import { backendUrl } from "./project-config"

export const DEFAULT_SHOP_NAME = "Spirit Beads"
export const DEFAULT_SHOP_EMAIL = "hello@spirit-beads.test"
export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

/** Who the shop is in its messages, and where its links point. */
export type NotificationSettings = {
  /** SHOP_NAME: signs every message and names the shop in subjects */
  shopName: string
  /** SHOP_EMAIL: the shop's address, the sender of every message */
  shopEmail: string
  /** CUSTOM_ORDER_NOTIFY_EMAIL: where the shop hears of new and paid requests (SHOP_EMAIL by default) */
  notifyEmail: string
  /** STOREFRONT_URL, without a trailing slash: links to a request's page */
  storefrontUrl: string
  /** the dashboard (MEDUSA_BACKEND_URL, or this server, + /app): links in the shop's own messages */
  dashboardUrl: string
}

export function notificationSettings(env: AppEnv): NotificationSettings {
  const shopEmail = env.SHOP_EMAIL ?? DEFAULT_SHOP_EMAIL
  return {
    shopName: env.SHOP_NAME ?? DEFAULT_SHOP_NAME,
    shopEmail,
    notifyEmail: env.CUSTOM_ORDER_NOTIFY_EMAIL ?? shopEmail,
    storefrontUrl: (env.STOREFRONT_URL ?? DEFAULT_STOREFRONT_URL).replace(/\/+$/, ""),
    dashboardUrl: `${backendUrl(env)}/app`,
  }
}
