/**
 * The custom-order business run from the real Medusa dashboard, in Debian's
 * Chromium: the app is built and started with its own database (utils/app.ts),
 * Stripe is the repo's fake, the requests are made through the app's own API.
 *
 *   npm run test:e2e
 *
 * The tests run in order on one logged-in page, as an admin would work.
 */
import type { Browser, Page } from "playwright-core"
import { expect as pwExpect } from "./utils/expect"
import { FakeStripe, startFakeStripe } from "../fakes/stripe"
import { TEST_WEBHOOK_SECRETS } from "../utils/fake-stripe"
import { E2eApp, startApp } from "./utils/app"
import { launchBrowser, loggedInDashboard, screenshot } from "./utils/browser"
import { demoImage, paidRequest, rejectThroughApi, SHOPPERS, submitRequest } from "./utils/fixtures"

jest.setTimeout(10 * 60 * 1000)

let fake: FakeStripe
let app: E2eApp
let browser: Browser
let page: Page
let pageErrors: string[]
const ids: { fox: string; owl: string; wren: string; moth: { id: string; orderId: string; customerId: string | null } } =
  {} as never

beforeAll(async () => {
  fake = await startFakeStripe()
  app = await startApp({
    env: {
      STRIPE_API_KEY: fake.apiKey,
      STRIPE_API_HOST: fake.url,
      STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRETS.medusaProvider,
      STRIPE_CUSTOM_ORDER_WEBHOOK_SECRET: TEST_WEBHOOK_SECRETS.customOrders,
      STRIPE_SUPPRESS_NOTICES: "true",
    },
  })
  // oldest first: the list shows them newest first
  ids.fox = await submitRequest(app, SHOPPERS.fox, ["checkerboard", "ocean-wave"])
  ids.owl = await submitRequest(app, SHOPPERS.owl)
  ids.wren = await submitRequest(app, SHOPPERS.wren)
  ids.moth = await paidRequest(app, fake, SHOPPERS.moth, 64)
  browser = await launchBrowser()
  ;({ page, pageErrors } = await loggedInDashboard(browser, app))
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  await fake?.close()
})

afterEach(() => {
  // an exception in the dashboard fails the test that caused it
  expect(pageErrors).toEqual([])
})

const main = () => page.getByRole("main")
const rows = () => main().locator("tbody tr")
const count = () => main().getByTestId("custom-orders-count")
const statusBadge = () => main().getByTestId("custom-order-status").first()

/** The list as a fresh visit shows it: the sidebar link, then no search or filter. */
async function openList() {
  await page.goto(`${app.url}/app/orders`)
  await page.getByRole("link", { name: "Custom orders" }).click()
  await pwExpect(main().getByRole("heading", { name: "Custom orders" })).toBeVisible()
}

async function openRequest(name: string) {
  await openList()
  await rows().filter({ hasText: name }).click()
  await pwExpect(main().getByRole("heading", { name, level: 1 })).toBeVisible()
}

/** Confirms the dashboard's prompt (usePrompt) with the named button. */
async function confirm(button: string) {
  await page.getByRole("alertdialog").getByRole("button", { name: button }).click()
}

const toast = (text: string | RegExp) => page.getByRole("region", { name: /Notifications/ }).getByText(text)

describe("the Custom orders list", () => {
  it("is in the sidebar and lists every request newest first, with the count and status badges", async () => {
    await openList()
    await pwExpect(count()).toHaveText("4 requests")
    await pwExpect(rows()).toHaveCount(4)
    await pwExpect(rows().first()).toContainText("Linus Pauling")
    await pwExpect(rows().first()).toContainText("Paid")
    await pwExpect(rows().last()).toContainText("Ada Lovelace")
    await pwExpect(rows().last()).toContainText("Pending")
    await screenshot(page, "custom-orders-list")
  })

  it("filters by status", async () => {
    await main().getByTestId("custom-orders-filter-menu").getByRole("button").click()
    await page.getByRole("menuitem", { name: "Status" }).click()
    await page.getByRole("dialog").getByRole("button", { name: "Paid" }).click()
    await page.keyboard.press("Escape")
    await pwExpect(count()).toHaveText("1 request")
    await pwExpect(rows()).toHaveCount(1)
    await pwExpect(rows().first()).toContainText("Linus Pauling")
  })

  it("searches name, e-mail and description", async () => {
    await openList()
    await pwExpect(count()).toHaveText("4 requests")
    await main().getByRole("searchbox").fill("snowy owl")
    await pwExpect(count()).toHaveText("1 request")
    await pwExpect(rows().first()).toContainText("Grace Hopper")
    await main().getByRole("searchbox").fill("nobody-like-this")
    await pwExpect(main().getByText("No matching requests")).toBeVisible()
  })
})

describe("a request's page", () => {
  it("shows the request, its reference images and the guest customer", async () => {
    await openRequest("Ada Lovelace")
    await pwExpect(main().getByTestId("custom-order-description")).toHaveText(SHOPPERS.fox.description)
    await pwExpect(main().getByRole("img", { name: "checkerboard.png" })).toBeVisible()
    await pwExpect(main().getByTestId("customer-guest")).toContainText("Guest")
    await main().getByRole("button", { name: "ocean-wave.png" }).click()
    await pwExpect(page.getByTestId("custom-order-image-full")).toBeVisible()
    await page.keyboard.press("Escape")
  })

  it("adds an internal note", async () => {
    await main().getByRole("button", { name: "Add note" }).click()
    await pwExpect(main().getByText("Write a note first")).toBeVisible()
    await main().getByRole("textbox", { name: "Note" }).fill("Called Ada: she wants the fox facing left")
    await main().getByRole("button", { name: "Add note" }).click()
    await pwExpect(toast("Note added")).toBeVisible()
    await pwExpect(main().getByTestId("custom-order-note").first()).toContainText("she wants the fox facing left")
  })

  it("validates the quote form inline, then quotes and shows the payment link", async () => {
    const quote = main().getByRole("form", { name: "Quote" })
    await quote.getByRole("textbox", { name: "Amount" }).fill("-3")
    await quote.getByRole("button", { name: "Quote and approve" }).click()
    await pwExpect(quote.locator("[aria-invalid=true]")).toHaveCount(1)
    await pwExpect(page.getByRole("alertdialog")).toHaveCount(0)

    await quote.getByRole("textbox", { name: "Amount" }).fill("45")
    await quote.getByRole("textbox", { name: /Message to the customer/ }).fill("Fox facing left, ready in two weeks")
    await quote.getByLabel("Valid until (optional)").fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10))
    await quote.getByRole("button", { name: "Quote and approve" }).click()
    await confirm("Send quote")
    await pwExpect(toast("Quote version 1 sent")).toBeVisible()
    await pwExpect(statusBadge()).toHaveText("Approved")

    const link = main().getByTestId("payment-link-url")
    await pwExpect(link).toHaveText(/^https:\/\/buy\.stripe\.test\//)
    await pwExpect(main().getByTestId("payment-link-status")).toHaveText("Active")
    // the link the page shows is the one made in Stripe, for exactly the quote
    const url = (await link.textContent())!
    const made = [...fake.store.paymentLinks.values()].find((l: any) => l.url === url) as any
    expect(made).toMatchObject({ active: true, metadata: { custom_order_id: ids.fox, quote_version: "1" } })
    const { data: items } = await fake.client().paymentLinks.listLineItems(made.id)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ quantity: 1, price: { unit_amount: 4500, currency: "usd" } })
    expect(await main().getByTestId("quote-section").textContent()).not.toContain("No expiry")
    await screenshot(page, "custom-order-detail", 1500)
  })

  it("rejects another request with a reason: the new status and a history entry", async () => {
    await openRequest("Grace Hopper")
    await main().getByRole("button", { name: "Reject" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("button", { name: "Reject request" }).click()
    await pwExpect(drawer.getByText("Give a reason")).toBeVisible()
    await drawer.getByRole("textbox").fill("We cannot bead a snowy owl that small")
    await drawer.getByRole("button", { name: "Reject request" }).click()
    await pwExpect(toast("Request rejected")).toBeVisible()
    await pwExpect(statusBadge()).toHaveText("Rejected")
    const latest = main().getByTestId("history-entry").first()
    await pwExpect(latest).toHaveAttribute("data-to-status", "rejected")
    await pwExpect(latest).toContainText("We cannot bead a snowy owl that small")
    // a rejected request offers no more actions
    await pwExpect(main().getByTestId("custom-order-actions").getByRole("button")).toHaveCount(0)
  })

  it("shows the server's reason when an action is refused", async () => {
    await openRequest("Edith Clarke")
    // meanwhile, another admin rejects it
    await rejectThroughApi(app, ids.wren, "Duplicate of an earlier request")
    const quote = main().getByRole("form", { name: "Quote" })
    await quote.getByRole("textbox", { name: "Amount" }).fill("30")
    await quote.getByRole("button", { name: "Quote and approve" }).click()
    await confirm("Send quote")
    await pwExpect(toast("The quote was not sent")).toBeVisible()
    await pwExpect(toast(`Custom order ${ids.wren} is rejected; it cannot be quoted`)).toBeVisible()
    // and the page now shows what the server has
    await pwExpect(statusBadge()).toHaveText("Rejected")
  })

  it("links a paid request to its order and its customer", async () => {
    await openRequest("Linus Pauling")
    await pwExpect(statusBadge()).toHaveText("Paid")
    await pwExpect(main().getByRole("link", { name: /#\d+/ })).toHaveAttribute("href", new RegExp(`/orders/${ids.moth.orderId}$`))
    await pwExpect(main().getByTestId("customer-link")).toContainText("Linus Pauling")
    await pwExpect(main().getByTestId("custom-order-actions").getByRole("button", { name: "Start production" })).toBeVisible()
  })

  it("adds photos of the finished piece", async () => {
    const photos = main().getByTestId("photos-section")
    await pwExpect(photos.getByText("No photos yet.")).toBeVisible()
    await photos.locator("input[type=file]").setInputFiles(demoImage("monarch-butterfly"))
    await pwExpect(toast("Photo added")).toBeVisible()
    await pwExpect(photos.getByRole("img", { name: "monarch-butterfly.png" })).toBeVisible()
  })

  it("puts a paid request into production", async () => {
    await main().getByTestId("custom-order-actions").getByRole("button", { name: "Start production" }).click()
    await confirm("Start production")
    await pwExpect(statusBadge()).toHaveText("In production")
  })

  it("ships it from its order's page (Medusa's own fulfilment), then marks it completed", async () => {
    await main().getByRole("link", { name: /#\d+/ }).click()
    const unfulfilled = main().locator("div").filter({ has: page.getByRole("heading", { name: "Unfulfilled Items" }) }).last()
    await unfulfilled.getByRole("button").first().click({ timeout: 60_000 })
    // the form picks the order's shipping option once it has loaded both the option and the list to choose from
    const optionLoaded = page.waitForResponse((r) => /\/admin\/shipping-options\/so_/.test(r.url()) && r.ok())
    const optionsListed = page.waitForResponse((r) => /\/admin\/shipping-options\?/.test(r.url()) && r.ok())
    await page.getByRole("menuitem", { name: "Fulfill items" }).click()
    await Promise.all([optionLoaded, optionsListed])
    await page.getByRole("button", { name: "Create Fulfillment" }).click()
    await main().getByRole("button", { name: "Mark as shipped" }).click()
    const dialog = page.getByRole("dialog")
    await dialog.getByRole("button", { name: "Add tracking number" }).click()
    await dialog.getByRole("textbox", { name: "Tracking number" }).fill("1Z999AA10123456784")
    await dialog.getByRole("button", { name: "Save" }).click()
    await pwExpect(main().getByText("1Z999AA10123456784")).toBeVisible()

    await main().getByTestId("order-custom-order-widget").getByRole("link").click()
    await pwExpect(statusBadge()).toHaveText("Shipped")
    await pwExpect(main().getByTestId("history-entry").first()).toContainText("shipped")
    await main().getByTestId("custom-order-actions").getByRole("button", { name: "Mark as completed" }).click()
    await confirm("Mark as completed")
    await pwExpect(statusBadge()).toHaveText("Completed")
  })
})

describe("widgets", () => {
  it("on an order's page: the custom request it came from", async () => {
    await page.goto(`${app.url}/app/orders/${ids.moth.orderId}`)
    const widget = main().getByTestId("order-custom-order-widget")
    await pwExpect(widget).toBeVisible({ timeout: 60_000 })
    await pwExpect(widget.getByRole("link")).toHaveAttribute("href", new RegExp(`/custom-orders/${ids.moth.id}$`))
    await pwExpect(widget).toContainText("$64.00")
  })

  it("on a customer's page: their custom requests", async () => {
    await page.goto(`${app.url}/app/customers/${ids.moth.customerId}`)
    const widget = main().getByTestId("customer-custom-orders-widget")
    await pwExpect(widget).toBeVisible({ timeout: 60_000 })
    await pwExpect(widget.getByTestId("custom-order-summary")).toHaveCount(1)
    await pwExpect(widget).toContainText(ids.moth.id)
  })
})
