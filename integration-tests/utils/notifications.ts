import { MedusaContainer, INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type SentNotification = {
  id: string
  to: string
  from: string | null
  template: string
  data: Record<string, any>
  status: string
  idempotency_key: string | null
  trigger_type: string | null
  receiver_id: string | null
  original_notification_id: string | null
}

/** What the Notification module recorded about a custom order request, oldest first. */
export async function notificationsOf(container: MedusaContainer, customOrderId: string): Promise<SentNotification[]> {
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const found = await notifications.listNotifications(
    { resource_id: customOrderId } as any,
    { order: { created_at: "ASC" }, take: 100 } as any
  )
  return found as unknown as SentNotification[]
}

/** Waits until the request's successful notifications include every template asked for (subscribers run after the workflow). */
export async function waitForNotifications(
  container: MedusaContainer,
  customOrderId: string,
  templates: string[],
  timeoutMs = 15_000
): Promise<SentNotification[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const sent = (await notificationsOf(container, customOrderId)).filter((n) => n.status === "success")
    if (templates.every((template) => sent.some((n) => n.template === template))) {
      return sent
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${templates.join(", ")}; sent so far: ${sent.map((n) => n.template).join(", ") || "nothing"}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Records what the e-mail provider logs (the message as its reader sees it),
 * through the app's logger: the development provider writes each message there.
 */
export function captureLoggedEmails(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const logged: string[] = []
  const original = logger.info.bind(logger)
  jest.spyOn(logger, "info").mockImplementation((message: string, ...rest: unknown[]) => {
    if (typeof message === "string" && message.startsWith("E-mail (")) {
      logged.push(message)
    }
    return original(message, ...(rest as []))
  })
  return logged
}
