/**
 * The business the browser tests look at, made through the app's own HTTP API
 * (the storefront's and the admin's) and the fake Stripe, as shoppers, Stripe
 * and an admin would make it: nothing is written to the database directly.
 */
import path from "node:path"
import type Stripe from "stripe"
import type { FakeStripe } from "../../fakes/stripe"
import { registerCustomer as registerStorefrontCustomer } from "../../utils/customers"
import { DEMO_IMAGES, pngBytes, submissionForm } from "../../utils/custom-orders"
import { TEST_WEBHOOK_SECRETS } from "../../utils/fake-stripe"
import { checkoutCompleted } from "../../utils/stripe-webhooks"
import type { E2eApp } from "./app"
import { E2E_ADMIN } from "./app"

type Json = Record<string, any>

/** A picture of the demo shop, as a file the browser can upload. */
export const demoImage = (name: string) => path.join(DEMO_IMAGES, `${name}.png`)

async function call(app: E2eApp, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Json> {
  const headers = new Headers(init.headers)
  let body = init.body
  if (init.json !== undefined) {
    headers.set("content-type", "application/json")
    body = JSON.stringify(init.json)
  }
  const res = await fetch(`${app.url}${path}`, { ...init, headers, body })
  const text = await res.text()
  if (!res.ok) {
    throw new Error(`${init.method ?? "GET"} ${path} answered ${res.status}: ${text}`)
  }
  return text ? JSON.parse(text) : {}
}

/** A bearer token for the e2e admin (the one dev-setup created). */
export async function adminHeaders(app: E2eApp): Promise<Record<string, string>> {
  const { token } = await call(app, "/auth/user/emailpass", { method: "POST", json: E2E_ADMIN })
  return { authorization: `Bearer ${token}` }
}

export type Shopper = { name: string; email: string; description: string; colors?: string; lighter_type?: string }

export const SHOPPERS = {
  fox: {
    name: "Ada Lovelace",
    email: "ada@example.com",
    description: "A classic BIC case with a red fox on a white ground",
    colors: "red, white, black",
    lighter_type: "classic_bic",
  },
  owl: {
    name: "Grace Hopper",
    email: "grace@example.com",
    description: "A mini BIC case with a snowy owl, night-blue background",
    colors: "white, navy",
    lighter_type: "mini_bic",
  },
  wren: {
    name: "Edith Clarke",
    email: "edith@example.com",
    description: "A wren on a hawthorn branch, earthy browns",
    colors: "brown, olive",
    lighter_type: "classic_bic",
  },
  moth: {
    name: "Linus Pauling",
    email: "linus@example.com",
    description: "A luna moth in pale green on a black ground",
    colors: "green, black",
    lighter_type: "classic_bic",
  },
} satisfies Record<string, Shopper>

/** The shopper registers a customer account on the storefront and logs in: the headers of their session. */
export async function registerCustomer(app: E2eApp, shopper: Shopper): Promise<Record<string, string>> {
  const api = {
    post: async (path: string, json?: unknown, config?: unknown) => ({
      data: await call(app, path, { method: "POST", json, headers: (config as { headers?: Record<string, string> })?.headers }),
    }),
  }
  const [first_name, ...rest] = shopper.name.split(" ")
  const customer = await registerStorefrontCustomer(api, { "x-publishable-api-key": app.publishableKey }, shopper.email, {
    first_name,
    last_name: rest.join(" "),
  })
  return { authorization: customer.headers.authorization }
}

/** A shopper submits a request (multipart, with reference images when given), as a guest or logged in. */
export async function submitRequest(
  app: E2eApp,
  shopper: Shopper,
  images: string[] = [],
  customerHeaders: Record<string, string> = {}
): Promise<string> {
  const form = submissionForm(
    { ...shopper, quantity: 1 },
    images.map((name) => ({ name: `${name}.png`, bytes: pngBytes(name) }))
  )
  const { custom_order } = await call(app, "/store/custom-orders", {
    method: "POST",
    headers: { ...customerHeaders, "x-publishable-api-key": app.publishableKey },
    body: form,
  })
  return custom_order.id
}

/**
 * A logged-in customer's request that was quoted, paid through its Stripe
 * payment link (the fake's hosted page) and reported by a signed webhook: the
 * app made its Medusa order.
 */
export async function paidRequest(app: E2eApp, fake: FakeStripe, shopper: Shopper, amount: number) {
  const id = await submitRequest(app, shopper, [], await registerCustomer(app, shopper))
  const admin = await adminHeaders(app)
  const { custom_order: quoted } = await call(app, `/admin/custom-orders/${id}/quote`, {
    method: "POST",
    headers: admin,
    json: { amount, currency_code: "usd", quote_version: 0 },
  })
  const sent: Stripe.Event[] = fake.payLink(quoted.payment_link_id, {
    email: shopper.email,
    shipping: {
      name: shopper.name,
      address: { line1: "1 Main St", city: "Portland", state: "OR", postal_code: "97201", country: "US" },
    },
  })
  const delivered = await fake.deliver(`${app.url}/hooks/custom-orders/stripe`, checkoutCompleted(sent), {
    secret: TEST_WEBHOOK_SECRETS.customOrders,
  })
  if (delivered.status !== 200) {
    throw new Error(`the payment webhook answered ${delivered.status}: ${JSON.stringify(delivered.body)}`)
  }
  const { custom_order } = await call(app, `/admin/custom-orders/${id}`, { headers: admin })
  if (!custom_order.order_id) {
    throw new Error(`request ${id} was paid but has no order: ${JSON.stringify(custom_order)}`)
  }
  return { id, orderId: custom_order.order_id as string, customerId: custom_order.customer_id as string | null }
}

/** Another admin rejects the request through the API (behind the back of the page that is open). */
export async function rejectThroughApi(app: E2eApp, id: string, reason: string) {
  await call(app, `/admin/custom-orders/${id}/reject`, { method: "POST", headers: await adminHeaders(app), json: { reason } })
}
