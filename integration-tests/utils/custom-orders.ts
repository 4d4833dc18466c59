import fs from "node:fs"
import path from "node:path"

export const DEMO_IMAGES = path.join(__dirname, "..", "..", "src", "scripts", "demo-shop", "images")

/** A real PNG from the demo shop. */
export function pngBytes(name = "checkerboard"): Buffer {
  return fs.readFileSync(path.join(DEMO_IMAGES, `${name}.png`))
}

export const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])
export const GIF_BYTES = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1")
export const WEBP_BYTES = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x1a, 0, 0, 0]), Buffer.from("WEBPVP8 ")])

export const VALID_REQUEST = {
  name: "Ada Lovelace",
  email: "ada@example.com",
  description: "A classic BIC case with a red fox on a white ground",
  colors: "red, white, black",
  lighter_type: "classic_bic",
  quantity: 1,
}

/** A multipart/form-data body: text fields, then files under `images` (or another field). */
export function submissionForm(
  fields: Record<string, string | number>,
  files: { name: string; bytes: Buffer; field?: string; type?: string }[] = []
) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) {
    form.append(key, String(value))
  }
  for (const file of files) {
    form.append(file.field ?? "images", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "image/png" }), file.name)
  }
  return form
}

/** Files in the private upload folder (reference images), to check nothing is left behind. */
export function privateFiles(): string[] {
  const dir = path.join(process.cwd(), "private")
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}
