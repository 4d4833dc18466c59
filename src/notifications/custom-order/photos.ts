import type { Attachment, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { imageExtension } from "../../utils/image-type"

/** Attachments beyond this many bytes (before base64) stay out of the message: e-mail providers refuse large messages. */
export const MAX_ATTACHED_PHOTO_BYTES = 10 * 1024 * 1024

export type FinishedPhoto = { file_id: string; content_type: string; size: number; created_at?: Date | string }

/**
 * Photos of the finished piece as e-mail attachments (finished-piece-1.jpg,
 * …), oldest first, as many as fit in MAX_ATTACHED_PHOTO_BYTES; says how many
 * did not fit.
 */
export async function finishedPhotoAttachments(
  container: MedusaContainer,
  photos: FinishedPhoto[]
): Promise<{ attachments: Attachment[]; not_attached: number }> {
  const files = container.resolve(Modules.FILE)
  const ordered = [...photos].sort((a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime())
  const attachments: Attachment[] = []
  let bytes = 0
  for (const photo of ordered) {
    if (bytes + photo.size > MAX_ATTACHED_PHOTO_BYTES) {
      break
    }
    const content = await files.getAsBuffer(photo.file_id)
    bytes += photo.size
    attachments.push({
      filename: `finished-piece-${attachments.length + 1}${imageExtension(photo.content_type)}`,
      content: content.toString("base64"),
      content_type: photo.content_type,
      disposition: "attachment",
    })
  }
  return { attachments, not_attached: ordered.length - attachments.length }
}
