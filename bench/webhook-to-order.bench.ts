/**
 * How long the custom order webhook takes to turn a paid payment link into a
 * Medusa order: 50 requests are submitted, quoted and paid through the fake
 * Stripe; each checkout.session.completed is delivered, signed, and timed from
 * sending to the answer (the order exists when the webhook answers 200).
 * A benchmark, not a test: it asserts only that each delivery worked.
 *
 *   npm run bench:webhook        (writes bench/results/webhook-to-order.json)
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAsAdmin } from "../integration-tests/utils/admin"
import { customOrderService } from "../integration-tests/utils/custom-order-service"
import { VALID_REQUEST } from "../integration-tests/utils/custom-orders"
import { useFakeStripe } from "../integration-tests/utils/fake-stripe"
import { checkoutCompleted, customOrderWebhook } from "../integration-tests/utils/stripe-webhooks"
import { createStorefront } from "../integration-tests/utils/storefront"

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 50)
jest.setTimeout(30 * 60 * 1000)

const stripe = useFakeStripe()

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

medusaIntegrationTestRunner({
  // one address submits them all: lift the submission limit for this run
  env: { CUSTOM_ORDER_RATE_LIMIT_PER_IP: "100000", CUSTOM_ORDER_RATE_LIMIT_PER_EMAIL: "100000" },
  testSuite: ({ api, getContainer }) => {
    it(`webhook -> Medusa order, ${DELIVERIES} deliveries`, async () => {
      const store = await createStorefront(getContainer())
      const admin = await loginAsAdmin(getContainer(), api)
      const webhook = customOrderWebhook(() => api.defaults.baseURL, () => stripe.fake)
      const timings: number[] = []

      for (let i = 0; i < DELIVERIES; i++) {
        const { data } = await api.post("/store/custom-orders", { ...VALID_REQUEST, email: `bench${i}@example.com` }, { headers: store })
        const id = data.custom_order.id
        const { data: quoted } = await api.post(`/admin/custom-orders/${id}/quote`, { amount: 40 + i, currency_code: "usd" }, admin)
        const sent = stripe.fake.payLink(quoted.custom_order.payment_link_id)

        const started = process.hrtime.bigint()
        const response = await webhook.deliver(checkoutCompleted(sent))
        timings.push(Number(process.hrtime.bigint() - started) / 1e6)

        expect(response.status).toEqual(200)
        const [paid] = await customOrderService(getContainer()).listCustomOrders({ id })
        expect(paid.order_id).toBeTruthy()
      }

      const sorted = [...timings].sort((a, b) => a - b)
      const report = {
        measured_at: new Date().toISOString(),
        deliveries: DELIVERIES,
        median_ms: Math.round(percentile(sorted, 50)),
        p90_ms: Math.round(percentile(sorted, 90)),
        worst_ms: Math.round(sorted[sorted.length - 1]),
        best_ms: Math.round(sorted[0]),
        mean_ms: Math.round(timings.reduce((a, b) => a + b, 0) / timings.length),
        machine: { cpus: os.cpus().length, node: process.version, database: process.env.TEST_DATABASE ?? `PostgreSQL at ${process.env.DB_HOST}` },
      }
      fs.writeFileSync(path.join(__dirname, "results", "webhook-to-order.json"), JSON.stringify(report, null, 2) + "\n")
      // eslint-disable-next-line no-console
      console.log(`webhook -> order: ${JSON.stringify(report)}`)
    })
  },
})
