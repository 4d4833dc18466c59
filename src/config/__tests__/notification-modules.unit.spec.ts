import { Modules } from "@medusajs/framework/utils"
import { quoteReminderHours } from "../custom-order-settings"
import { parseAppEnv } from "../env"
import { notificationModules } from "../notification-modules"
import { notificationSettings } from "../notification-settings"

describe("notificationModules", () => {
  it("logs e-mails in development: our log provider on the email channel", () => {
    const [module] = notificationModules(parseAppEnv({})) as any[]
    expect(module).toEqual({
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: { providers: [{ resolve: "./src/modules/notification-log", id: "log", options: { channels: ["email"] } }] },
    })
  })

  it("sends through SendGrid with one setting, from the shop's address", () => {
    const [module] = notificationModules(
      parseAppEnv({ NOTIFICATION_PROVIDER: "sendgrid", SENDGRID_API_KEY: "SG.key", SHOP_EMAIL: "orders@shop.example.com" })
    ) as any[]
    expect(module.options.providers).toEqual([
      {
        resolve: "@medusajs/medusa/notification-sendgrid",
        id: "sendgrid",
        options: { channels: ["email"], api_key: "SG.key", from: "orders@shop.example.com" },
      },
    ])
  })

  it("refuses SendGrid without its key, naming the variable", () => {
    expect(() => notificationModules(parseAppEnv({ NOTIFICATION_PROVIDER: "sendgrid" }))).toThrow(
      "SENDGRID_API_KEY is required when NOTIFICATION_PROVIDER is sendgrid"
    )
  })

  it.each([
    ["NOTIFICATION_PROVIDER", "mailgun"],
    ["SENDGRID_API_KEY", "not-a-key"],
    ["SHOP_EMAIL", "nobody"],
    ["CUSTOM_ORDER_NOTIFY_EMAIL", "a@b"],
    ["CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY", "-3"],
    ["SHOP_NAME", "x".repeat(101)],
  ])("refuses %s=%s, naming the variable and not the value", (name, value) => {
    expect(() => parseAppEnv({ [name]: value })).toThrow(name)
    try {
      parseAppEnv({ [name]: value })
    } catch (error) {
      expect((error as Error).message).not.toContain(value)
    }
  })
})

describe("notificationSettings and quoteReminderHours", () => {
  it("have defaults", () => {
    expect(notificationSettings(parseAppEnv({}))).toEqual({
      shopName: "Spirit Beads",
      shopEmail: "hello@spirit-beads.test",
      notifyEmail: "hello@spirit-beads.test",
      storefrontUrl: "http://localhost:8000",
      dashboardUrl: "http://localhost:9000/app",
    })
    expect(quoteReminderHours(parseAppEnv({}))).toEqual(24)
  })

  it("read the environment", () => {
    const env = parseAppEnv({
      SHOP_NAME: "Beads & Co",
      SHOP_EMAIL: "hello@beads.example.com",
      CUSTOM_ORDER_NOTIFY_EMAIL: "studio@beads.example.com",
      STOREFRONT_URL: "https://beads.example.com/",
      MEDUSA_BACKEND_URL: "https://api.beads.example.com",
      CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY: "48",
    })
    expect(notificationSettings(env)).toEqual({
      shopName: "Beads & Co",
      shopEmail: "hello@beads.example.com",
      notifyEmail: "studio@beads.example.com",
      storefrontUrl: "https://beads.example.com",
      dashboardUrl: "https://api.beads.example.com/app",
    })
    expect(quoteReminderHours(env)).toEqual(48)
  })
})
