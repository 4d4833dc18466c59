import type { Attachment, INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EMAIL_CHANNEL } from "../config/notification-modules"
import { RenderedEmail } from "./email-layout"

export type Email = {
  to: string
  from: string
  template: string
  /** what the message is about, kept with the notification: never a secret */
  data: Record<string, unknown>
  /** the rendered message, handed to the provider (not stored) */
  content: RenderedEmail
  attachments?: Attachment[]
  /** one per message: a message already sent (or being sent) under this key is not sent again */
  idempotency_key: string
  /** the event that caused it */
  trigger_type: string
  resource_type: string
  resource_id: string
  receiver_id?: string | null
}

export type RetryPolicy = { attempts: number; firstDelayMs: number }

/** Three attempts, 2 s then 4 s apart: enough for a provider's passing hiccup. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, firstDelayMs: 2000 }

export type SendOutcome = "sent" | "already_sent" | "failed"

// MedusaService gives the module updateNotifications; its public interface does not declare it.
type NotificationModule = INotificationModuleService & {
  updateNotifications(data: { id: string; idempotency_key: string }): Promise<unknown>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Hands one e-mail to Medusa's Notification module, retrying a failure with
 * backoff. Never throws: the workflow that caused the message has already
 * succeeded, and a message failing must not undo it; a message given up on is
 * logged (template and resource, never the recipient or the content) and kept
 * by the module with status `failure`.
 *
 * The module sends each idempotency key once, but it re-sends a key whose
 * notification failed under a new id and then cannot record the result; so
 * before a retry the failed notification keeps its record under another key,
 * and the retry points to it (`original_notification_id`).
 */
export async function sendEmail(
  container: MedusaContainer,
  email: Email,
  retry: RetryPolicy = DEFAULT_RETRY
): Promise<SendOutcome> {
  const notifications = container.resolve<NotificationModule>(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const what = `${email.template} for ${email.resource_type} ${email.resource_id}`
  let original: string | null = null
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await notifications.createNotifications({
        ...email,
        channel: EMAIL_CHANNEL,
        original_notification_id: original,
      })
      return created ? "sent" : "already_sent"
    } catch (error) {
      original = (await setAsideFailed(notifications, email.idempotency_key, attempt)) ?? original
      const reason = (error as Error)?.message?.split("\n").pop() ?? String(error)
      if (attempt >= retry.attempts) {
        logger.error(`E-mail ${what} failed ${attempt} times, giving up: ${reason}`)
        return "failed"
      }
      const delay = retry.firstDelayMs * 2 ** (attempt - 1)
      logger.warn(`E-mail ${what} failed (attempt ${attempt} of ${retry.attempts}), retrying in ${delay} ms: ${reason}`)
      await sleep(delay)
    }
  }
}

/** Moves a failed notification off the idempotency key, so that a retry can use it; returns its id. */
async function setAsideFailed(notifications: NotificationModule, key: string, attempt: number) {
  try {
    const [failed] = await notifications.listNotifications({ idempotency_key: key, status: "failure" } as any)
    if (!failed) {
      return null
    }
    await notifications.updateNotifications({ id: failed.id, idempotency_key: `${key}:failed-${attempt}` })
    return failed.id
  } catch {
    // the database is what failed: the retry will tell
    return null
  }
}
