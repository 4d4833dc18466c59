/**
 * The one layout every e-mail of the shop uses: a message is a subject and a
 * list of blocks, rendered once as plain text and once as HTML (every piece of
 * text escaped, so whatever a shopper typed can never become markup).
 */

export type Shop = { name: string; email: string }

export type RenderedEmail = { subject: string; text: string; html: string }

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "link"; label: string; url: string }
  | { kind: "list"; items: string[] }
  | { kind: "facts"; rows: [string, string][] }
  | { kind: "quote"; text: string }

export const paragraph = (text: string): Block => ({ kind: "paragraph", text })
export const link = (label: string, url: string): Block => ({ kind: "link", label, url })
export const list = (items: string[]): Block => ({ kind: "list", items })
/** Label / value rows; rows whose value is empty are left out. */
export const facts = (rows: [string, string | null | undefined][]): Block => ({
  kind: "facts",
  rows: rows.filter((row): row is [string, string] => !!row[1]),
})
/** Someone's own words (a request's description, a quote's message, a reason), set apart. */
export const quote = (text: string): Block => ({ kind: "quote", text })

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

const htmlLines = (text: string) => escapeHtml(text).replace(/\r?\n/g, "<br>")

/** Only web links become anchors; anything else is shown as text. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url)

function blockText(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return block.text
    case "link":
      return `${block.label}:\n${block.url}`
    case "list":
      return block.items.map((item) => `  - ${item}`).join("\n")
    case "facts": {
      const width = Math.max(...block.rows.map(([label]) => label.length))
      return block.rows.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`).join("\n")
    }
    case "quote":
      return block.text
        .split(/\r?\n/)
        .map((line) => `  > ${line}`)
        .join("\n")
  }
}

const STYLE = {
  body: "margin:0;padding:24px;background:#f6f4f1;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#2b2b2b",
  card: "max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px 28px",
  button: "display:inline-block;background:#7a3e9d;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px",
  quote: "margin:0 0 16px;padding:8px 14px;border-left:3px solid #d8c6e4;color:#555555",
  label: "padding:2px 16px 2px 0;color:#777777;vertical-align:top",
  footer: "margin-top:24px;color:#777777;font-size:13px",
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${htmlLines(block.text)}</p>`
    case "link":
      return isWebUrl(block.url)
        ? `<p><a href="${escapeHtml(block.url)}" style="${STYLE.button}">${escapeHtml(block.label)}</a></p>`
        : `<p>${escapeHtml(block.label)}: ${escapeHtml(block.url)}</p>`
    case "list":
      return `<ul>${block.items.map((item) => `<li>${htmlLines(item)}</li>`).join("")}</ul>`
    case "facts":
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${block.rows
        .map(([label, value]) => `<tr><td style="${STYLE.label}">${escapeHtml(label)}</td><td>${htmlLines(value)}</td></tr>`)
        .join("")}</table>`
    case "quote":
      return `<blockquote style="${STYLE.quote}">${htmlLines(block.text)}</blockquote>`
  }
}

/** Renders a message: the blocks, then the shop's signature. */
export function renderEmail(shop: Shop, subject: string, blocks: Block[]): RenderedEmail {
  const shown = blocks.filter((block) => !(block.kind === "facts" && !block.rows.length))
  const text = [...shown.map(blockText), `-- \n${shop.name}\n${shop.email}`].join("\n\n") + "\n"
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="${STYLE.body}"><div style="${STYLE.card}">`,
    ...shown.map(blockHtml),
    `<p style="${STYLE.footer}">${escapeHtml(shop.name)}<br><a href="mailto:${escapeHtml(shop.email)}">${escapeHtml(shop.email)}</a></p>`,
    "</div></body></html>",
  ].join("\n")
  return { subject, text, html }
}

export { formatMoney } from "../utils/format-money"

/** 15 January 2027, 14:30 UTC */
export function formatDateTime(value: Date | string): string {
  const date = new Date(value)
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date)
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" }).format(date)
  return `${day}, ${time} UTC`
}

/** 1 February 2027 (a date without a time, such as a needed-by date) */
export function formatDate(value: Date | string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(value))
}
