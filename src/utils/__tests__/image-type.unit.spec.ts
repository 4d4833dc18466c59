import fs from "node:fs"
import path from "node:path"
import { detectImageType } from "../image-type"

const demoPng = fs.readFileSync(path.join(__dirname, "../../scripts/demo-shop/images/checkerboard.png"))

describe("detectImageType", () => {
  it.each([
    ["image/png", demoPng],
    ["image/jpeg", Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0, 0x43])],
    ["image/gif", Buffer.from("GIF87a....")],
    ["image/gif", Buffer.from("GIF89a....")],
    ["image/webp", Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8L")])],
  ])("recognises %s by its first bytes", (type, bytes) => {
    expect(detectImageType(bytes)).toEqual(type)
  })

  it.each([
    ["text", Buffer.from("just text named .png")],
    ["an empty file", Buffer.alloc(0)],
    ["a truncated PNG signature", demoPng.subarray(0, 4)],
    ["a RIFF file that is not WebP (WAV)", Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WAVEfmt ")])],
    ["a PDF", Buffer.from("%PDF-1.7")],
    ["an SVG (can carry scripts)", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")],
  ])("refuses %s", (_, bytes) => {
    expect(detectImageType(bytes)).toBeNull()
  })
})
