import {
  renderCancelled,
  renderCompleted,
  renderExpired,
  renderInProduction,
  renderNewRequest,
  renderPaid,
  renderPaidShop,
  renderQuote,
  renderQuoteReminder,
  renderReceived,
  renderRejected,
  renderShipped,
} from "../templates"

const SHOP = { name: "Spirit Beads", email: "hello@spirit-beads.test" }
const BASE = {
  custom_order_id: "cord_1",
  name: "Grace Hopper",
  page_url: "https://shop.example.com/custom-orders/cord_1",
}
const HOSTILE = `<script>alert("x")</script>`

/** Every template renders both bodies, and what a shopper typed never turns into markup. */
function expectSafeHtml(html: string) {
  expect(html).not.toContain("<script>")
  expect(html.startsWith("<!doctype html>")).toBe(true)
}

describe("custom order e-mail templates", () => {
  it("new request: to the shop, everything the shopper said, the images listed, the dashboard link", () => {
    const email = renderNewRequest(
      {
        ...BASE,
        email: "grace@example.com",
        phone: "+1 555 0100",
        description: `A compass rose ${HOSTILE}`,
        colors: "navy, gold",
        lighter_type: "mini_bic",
        quantity: 2,
        budget: 45,
        needed_by: "2027-02-01T00:00:00.000Z",
        images: [
          { original_name: "compass.png", content_type: "image/png", size: 3295 },
          { original_name: "colours.jpg", content_type: "image/jpeg", size: 2 * 1024 * 1024 },
        ],
        admin_url: "http://localhost:9000/app/custom-orders/cord_1",
      },
      SHOP
    )
    expect(email.subject).toEqual("New custom order request from Grace Hopper")
    expect(email.text).toContain("Lighter:   Mini BIC")
    expect(email.text).toContain("Needed by: 1 February 2027")
    expect(email.text).toContain("Reference images (2), in the dashboard:\n\n  - compass.png (image/png, 3 KB)\n  - colours.jpg (image/jpeg, 2048 KB)")
    expect(email.text).toContain("http://localhost:9000/app/custom-orders/cord_1")
    expect(email.text).toContain(HOSTILE)
    expect(email.html).toContain("&lt;script&gt;")
    expectSafeHtml(email.html)
  })

  it("receipt: a guest gets the secret link and a warning, an account holder the plain page", () => {
    const guest = renderReceived({ ...BASE, description: "A fox", access: "guest" }, SHOP, {
      access_url: "https://shop.example.com/custom-orders/cord_1?token=secret",
    })
    expect(guest.subject).toEqual("We received your custom order request (Spirit Beads)")
    expect(guest.text).toContain("Hello Grace,")
    expect(guest.text).toContain("See or cancel your request:\nhttps://shop.example.com/custom-orders/cord_1?token=secret")
    expect(guest.text).toContain("keep it to yourself")
    expect(guest.html).toContain('href="https://shop.example.com/custom-orders/cord_1?token=secret"')

    const customer = renderReceived({ ...BASE, description: "A fox", access: "account" }, SHOP, { access_url: null })
    expect(customer.text).toContain("(log in to your account):\nhttps://shop.example.com/custom-orders/cord_1")
    expect(customer.text).not.toContain("token")
  })

  const QUOTE = {
    ...BASE,
    quote_version: 2,
    amount: 52,
    currency_code: "usd",
    message: `Navy and gold ${HOSTILE}`,
    expires_at: "2027-01-15T00:00:00.000Z",
    payment_url: "https://buy.stripe.com/test_123",
    revised: false,
  }

  it("quote: price, message, expiry and the payment link", () => {
    const email = renderQuote(QUOTE, SHOP)
    expect(email.subject).toEqual("Your quote from Spirit Beads: $52.00")
    expect(email.text).toContain("  > Navy and gold")
    expect(email.text).toContain("Price:       $52.00")
    expect(email.text).toContain("Valid until: 15 January 2027, 00:00 UTC")
    expect(email.text).toContain("Pay $52.00:\nhttps://buy.stripe.com/test_123")
    expect(email.html).toContain('href="https://buy.stripe.com/test_123"')
    expectSafeHtml(email.html)
  })

  it("quote: a revision says it replaces the old link; without Stripe, payment instructions follow", () => {
    const revised = renderQuote({ ...QUOTE, revised: true, payment_url: null, expires_at: null }, SHOP)
    expect(revised.subject).toEqual("Your revised quote from Spirit Beads: $52.00")
    expect(revised.text).toContain("whose payment link no longer works")
    expect(revised.text).toContain("Valid until: no expiry date")
    expect(revised.text).toContain("Spirit Beads will send you payment instructions separately.")
    expect(revised.text).not.toContain("Pay $52.00")
  })

  it("reminder: when the quote expires, and the link", () => {
    const { revised, ...data } = QUOTE
    const email = renderQuoteReminder({ ...data, expires_at: "2027-01-15T00:00:00.000Z" }, SHOP)
    expect(email.subject).toEqual("Your quote from Spirit Beads expires on 15 January 2027, 00:00 UTC")
    expect(email.text).toContain("the quote of $52.00 for your custom piece is valid until 15 January 2027, 00:00 UTC")
    expect(email.text).toContain("https://buy.stripe.com/test_123")
  })

  it("rejection: the reason, escaped", () => {
    const email = renderRejected({ ...BASE, reason: `We do not bead penguins ${HOSTILE}` }, SHOP)
    expect(email.subject).toEqual("About your custom order request (Spirit Beads)")
    expect(email.text).toContain("  > We do not bead penguins")
    expectSafeHtml(email.html)
  })

  it("payment received: to the customer with the order number; to the shop with the dashboard link", () => {
    const paid = { ...BASE, amount: 52, currency_code: "usd", order_id: "order_1", order_display_id: 12 }
    const customer = renderPaid(paid, SHOP)
    expect(customer.subject).toEqual("Payment received: order #12 (Spirit Beads)")
    expect(customer.text).toContain("We received your payment of $52.00.")
    const shop = renderPaidShop({ ...paid, email: "grace@example.com", admin_url: "http://localhost:9000/app/custom-orders/cord_1" }, SHOP)
    expect(shop.subject).toEqual("Paid: custom order from Grace Hopper ($52.00)")
    expect(shop.text).toContain("Grace Hopper (grace@example.com) paid the quote of custom order cord_1.")
    expect(shop.text).toContain("http://localhost:9000/app/custom-orders/cord_1")
  })

  it("in production, shipped (tracking, photos) and completed", () => {
    expect(renderInProduction(BASE, SHOP).subject).toEqual("We are making your custom piece (Spirit Beads)")
    const shipped = renderShipped(
      {
        ...BASE,
        tracking: [
          { number: "1Z999", url: "https://track.example.com/1Z999" },
          { number: "LX2", url: null },
        ],
        photos: [{ file_name: "finished-piece-1.png" }],
        photos_not_attached: 1,
      },
      SHOP
    )
    expect(shipped.subject).toEqual("Your custom piece is on its way (Spirit Beads)")
    expect(shipped.text).toContain("Tracking numbers:\n\n  - 1Z999: https://track.example.com/1Z999\n  - LX2")
    expect(shipped.text).toContain("Photos of your finished piece are attached (finished-piece-1.png).")
    expect(shipped.text).toContain("1 more did not fit in this e-mail")
    const untracked = renderShipped({ ...BASE, tracking: [], photos: [], photos_not_attached: 0 }, SHOP)
    expect(untracked.text).toContain("It was sent without a tracking number.")
    expect(untracked.text).not.toContain("Photos")
    expect(renderCompleted(BASE, SHOP).text).toContain("Your custom piece has been delivered, and your request is now complete.")
  })

  it("cancelled: by the shop with its reason (and the refund of a paid request), or as the customer asked", () => {
    const byShop = renderCancelled({ ...BASE, by_shop: true, reason: `Our supplier closed ${HOSTILE}`, refunded: true }, SHOP)
    expect(byShop.subject).toEqual("Your custom order request is cancelled (Spirit Beads)")
    expect(byShop.text).toContain("we have had to cancel your custom order request")
    expect(byShop.text).toContain("  > Our supplier closed")
    expect(byShop.text).toContain("Your payment has been refunded in full")
    expectSafeHtml(byShop.html)
    const asked = renderCancelled({ ...BASE, by_shop: false, reason: "changed my mind", refunded: false }, SHOP)
    expect(asked.text).toContain("Your custom order request is cancelled, as you asked.")
    expect(asked.text).not.toContain("changed my mind")
    expect(asked.text).toContain("You have not been charged anything.")
  })

  it("expired: the link no longer works; a new quote on request", () => {
    const email = renderExpired({ ...BASE, quote_version: 2 }, SHOP)
    expect(email.subject).toEqual("Your quote has expired (Spirit Beads)")
    expect(email.text).toContain("its payment link no longer works")
    expect(email.text).toContain(BASE.page_url)
  })
})
