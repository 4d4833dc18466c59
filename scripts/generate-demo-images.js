#!/usr/bin/env node
/**
 * Draws the demo catalogue's product pictures: a beaded lighter case seen from
 * the front, one bead pattern per product, written as small PNG files into
 * src/scripts/demo-shop/images/. Run once when the catalogue changes:
 *   node scripts/generate-demo-images.js
 * No dependencies: a minimal PNG encoder over node:zlib.
 */
const fs = require("node:fs")
const path = require("node:path")
const zlib = require("node:zlib")
const { DEMO_IMAGE_PATTERNS } = require("./lib/demo-image-patterns")

const OUT_DIR = path.join(__dirname, "..", "src", "scripts", "demo-shop", "images")
const SIZE = 360
const BACKGROUND = [246, 241, 234]

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function encodePng(width, height, rgb) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: RGB
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0 // filter: none
    rgb.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

/** A lighter case: rounded body of bead rows, a metal cap on top. */
function drawCase({ palette, pattern, mini }) {
  const rgb = Buffer.alloc(SIZE * SIZE * 3)
  const set = (x, y, [r, g, b]) => {
    if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return
    const i = (y * SIZE + x) * 3
    rgb[i] = r
    rgb[i + 1] = g
    rgb[i + 2] = b
  }
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) set(x, y, BACKGROUND)

  const bead = 14
  const cols = mini ? 9 : 11
  const rows = mini ? 15 : 20
  const width = cols * bead
  const height = rows * bead
  const left = Math.round((SIZE - width) / 2)
  const top = Math.round((SIZE - height) / 2) + 14

  // metal cap
  for (let y = top - 26; y < top - 2; y++)
    for (let x = left + 6; x < left + width - 6; x++)
      set(x, y, (x + y) % 9 < 4 ? [190, 190, 196] : [160, 160, 168])

  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const colour = palette[pattern(col, row, cols, rows) % palette.length]
      const cx = left + col * bead + bead / 2 + (row % 2 ? 3 : -3) / 2
      const cy = top + row * bead + bead / 2
      for (let dy = -bead / 2; dy < bead / 2; dy++) {
        for (let dx = -bead / 2; dx < bead / 2; dx++) {
          const d = Math.hypot(dx, dy)
          if (d > bead / 2 - 0.5) continue
          const shine = dx < -1 && dy < -1 && d < bead / 4
          const shade = d > bead / 2 - 2.5
          const c = shine
            ? colour.map((v) => Math.min(255, v + 70))
            : shade
              ? colour.map((v) => Math.round(v * 0.72))
              : colour
          set(Math.round(cx + dx), Math.round(cy + dy), c)
        }
      }
    }
  }
  return encodePng(SIZE, SIZE, rgb)
}

fs.mkdirSync(OUT_DIR, { recursive: true })
for (const [name, spec] of Object.entries(DEMO_IMAGE_PATTERNS)) {
  const file = path.join(OUT_DIR, `${name}.png`)
  fs.writeFileSync(file, drawCase(spec))
  console.log(`${path.relative(process.cwd(), file)}  ${fs.statSync(file).size} bytes`)
}
