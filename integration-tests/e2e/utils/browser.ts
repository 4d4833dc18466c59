import fs from "node:fs"
import path from "node:path"
import { Browser, chromium, Page } from "playwright-core"
import type { E2eApp } from "./app"
import { E2E_ADMIN } from "./app"

/** Debian's Chromium (.ci/run installs the `chromium` package when it is missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** Where the test run saves the screenshots the README shows. */
export const SCREENSHOTS = path.resolve(__dirname, "..", "..", "..", "docs", "screenshots")

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // nothing may reach the internet: no component updates, sync or background fetches
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
}

/**
 * A page of the dashboard, logged in as the e2e admin through the login form.
 * Errors thrown in the page are collected so that a test can assert there were none.
 */
export async function loggedInDashboard(browser: Browser, app: E2eApp): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  page.setDefaultTimeout(30_000)
  const pageErrors: string[] = []
  page.on("pageerror", (error) => pageErrors.push(String(error)))
  await page.goto(`${app.url}/app/login`)
  // the first load of the built dashboard bundle can be slow on 2 cores
  await page.getByRole("textbox", { name: "Email" }).fill(E2E_ADMIN.email, { timeout: 120_000 })
  await page.getByPlaceholder("Password").fill(E2E_ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.getByRole("link", { name: "Custom orders" }).waitFor({ timeout: 120_000 })
  return { page, pageErrors }
}

/**
 * Saves docs/screenshots/<name>.png: the page from its top, tall enough for the
 * whole content (the dashboard scrolls inside its own frame, not the document),
 * without the toasts.
 */
export async function screenshot(page: Page, name: string, height = 1000) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const viewport = page.viewportSize()!
  await page.setViewportSize({ width: viewport.width, height })
  const hide = await page.addStyleTag({ content: "[data-sonner-toaster] { display: none !important; }" })
  await page.evaluate(() => document.querySelectorAll("*").forEach((el) => el.scrollTop > 0 && el.scrollTo(0, 0)))
  await page.waitForTimeout(300)
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) })
  await hide.evaluate((el) => el.parentNode?.removeChild(el))
  await page.setViewportSize(viewport)
}
