/**
 * Retrying assertions on playwright-core locators (playwright-core has no
 * `expect` of its own): each polls until it holds or the timeout passes, then
 * fails with what was last seen.
 */
import type { Locator } from "playwright-core"

const DEFAULT_TIMEOUT = 30_000

type Options = { timeout?: number }

async function poll(describe: string, check: () => Promise<{ ok: boolean; seen: unknown }>, options: Options = {}) {
  const deadline = Date.now() + (options.timeout ?? DEFAULT_TIMEOUT)
  let seen: unknown
  for (;;) {
    try {
      const result = await check()
      if (result.ok) return
      seen = result.seen
    } catch (error) {
      seen = error instanceof Error ? error.message.split("\n")[0] : error
    }
    if (Date.now() > deadline) {
      throw new Error(`expected ${describe}; last seen: ${JSON.stringify(seen)}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

const matches = (actual: string, expected: string | RegExp) =>
  typeof expected === "string" ? actual === expected : expected.test(actual)

const normalised = async (locator: Locator) => ((await locator.first().textContent({ timeout: 1000 })) ?? "").replace(/\s+/g, " ").trim()

export function expect(locator: Locator) {
  const what = locator.toString()
  return {
    toBeVisible: (options?: Options) =>
      poll(`${what} to be visible`, async () => {
        const visible = await locator.first().isVisible()
        return { ok: visible, seen: visible ? "visible" : "hidden or missing" }
      }, options),
    toHaveCount: (count: number, options?: Options) =>
      poll(`${what} to have ${count} element(s)`, async () => {
        const n = await locator.count()
        return { ok: n === count, seen: n }
      }, options),
    toHaveText: (text: string | RegExp, options?: Options) =>
      poll(`${what} to have the text ${text}`, async () => {
        const actual = await normalised(locator)
        return { ok: matches(actual, text), seen: actual }
      }, options),
    toContainText: (text: string, options?: Options) =>
      poll(`${what} to contain ${JSON.stringify(text)}`, async () => {
        const actual = await normalised(locator)
        return { ok: actual.includes(text), seen: actual }
      }, options),
    toHaveAttribute: (name: string, value: string | RegExp, options?: Options) =>
      poll(`${what} to have ${name}=${value}`, async () => {
        const actual = (await locator.first().getAttribute(name, { timeout: 1000 })) ?? ""
        return { ok: matches(actual, value), seen: actual }
      }, options),
  }
}
