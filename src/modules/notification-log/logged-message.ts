import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"

const RULE = "-".repeat(72)

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The size of a base64 attachment's bytes. */
function decodedSize(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

/**
 * A message as its reader would see it: who it goes to, the subject, the
 * attachments and the plain-text body. Without rendered content (a template
 * meant for a provider's own templating), the template and its data.
 */
export function loggedMessage(notification: ProviderSendNotificationDTO): string {
  const channel = notification.channel === "email" ? "E-mail" : notification.channel
  const header = [`${channel} (${notification.template})`]
  if (notification.from) {
    header.push(`From:    ${notification.from}`)
  }
  header.push(`To:      ${notification.to}`)
  const { content } = notification
  if (!content?.subject && !content?.text) {
    return [...header, `Data:    ${JSON.stringify(notification.data ?? {})}`].join("\n")
  }
  header.push(`Subject: ${content.subject ?? ""}`)
  const attachments = notification.attachments ?? []
  if (attachments.length) {
    header.push(
      `Attached: ${attachments.map((a) => `${a.filename} (${a.content_type ?? "unknown type"}, ${size(decodedSize(a.content))})`).join(", ")}`
    )
  }
  return [...header, RULE, (content.text ?? "(no plain-text body)").trimEnd(), RULE].join("\n")
}
