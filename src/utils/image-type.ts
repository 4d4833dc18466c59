/** Image types we accept, recognised by their first bytes, never by a file name or a client's Content-Type. */
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"] as const
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number]

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte)

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

export function detectImageType(bytes: Uint8Array): AcceptedImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif"
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp"
  return null
}

/** The file extension for an accepted type, for the names files get in storage. */
export function imageExtension(contentType: string): string {
  return ({ "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/gif": ".gif" } as Record<string, string>)[contentType] ?? ""
}

/** Uploaded images as private files for the File module, named `<prefix>-1.png`, `<prefix>-2.jpg`, … */
export function privateImageFiles(images: { content_type: string; content: string }[], prefix: string) {
  return images.map((image, index) => ({
    filename: `${prefix}-${index + 1}${imageExtension(image.content_type)}`,
    mimeType: image.content_type,
    content: image.content,
    access: "private" as const,
  }))
}
