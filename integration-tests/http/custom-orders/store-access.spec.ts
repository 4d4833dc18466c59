import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAsAdmin } from "../../utils/admin"
import { registerCustomer } from "../../utils/customers"
import { pngBytes, submissionForm, VALID_REQUEST } from "../../utils/custom-orders"
import { captureCustomOrderEvents, CapturedEvent, settle } from "../../utils/events"
import { createStorefront } from "../../utils/storefront"

jest.setTimeout(120 * 1000)

type Headers = Record<string, string>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let owner: { id: string; headers: Headers }
    let stranger: { id: string; headers: Headers }
    let admin: Headers
    let events: CapturedEvent[]

    beforeAll(async () => {
      store = await createStorefront(getContainer())
      owner = await registerCustomer(api, store, "owner@example.com")
      stranger = await registerCustomer(api, store, "stranger@example.com")
      admin = (await loginAsAdmin(getContainer(), api)).headers
      events = captureCustomOrderEvents(getContainer())
    })

    let guestOrder: { id: string; token: string; imageId: string }
    let ownersOrderId: string
    beforeEach(async () => {
      const guest = await api.post(
        "/store/custom-orders",
        submissionForm(VALID_REQUEST, [{ name: "ref.png", bytes: pngBytes("ocean-wave") }]),
        { headers: store }
      )
      guestOrder = { id: guest.data.custom_order.id, token: guest.data.access_token, imageId: guest.data.custom_order.images[0].id }
      const mine = await api.post("/store/custom-orders", VALID_REQUEST, { headers: owner.headers })
      ownersOrderId = mine.data.custom_order.id
      await settle()
      events.length = 0
    })

    const withToken = (token: string, headers: Headers = store) => ({ ...headers, "x-custom-order-token": token })
    const status = (promise: Promise<any>) => promise.then((r) => r.status, (e) => e.response.status)

    describe("GET /store/custom-orders/:id", () => {
      it("answers the guest who presents the token", async () => {
        const { data } = await api.get(`/store/custom-orders/${guestOrder.id}`, { headers: withToken(guestOrder.token) })
        expect(data.custom_order).toMatchObject({ id: guestOrder.id, status: "pending" })
        expect(data.custom_order).not.toHaveProperty("notes")
        expect(data.custom_order).not.toHaveProperty("access_token_hash")
      })

      it("answers the customer who owns it", async () => {
        const { data } = await api.get(`/store/custom-orders/${ownersOrderId}`, { headers: owner.headers })
        expect(data.custom_order.id).toEqual(ownersOrderId)
      })

      it.each([
        ["no token", () => store],
        ["a wrong token", () => withToken("x".repeat(43))],
        ["another order's token", () => withToken("")],
        ["another customer", () => stranger.headers],
        ["an admin's token on the store route", () => ({ ...store, ...admin })],
      ])("answers 404 to %s, exactly as for an id that does not exist", async (_, headers) => {
        for (const id of [guestOrder.id, ownersOrderId]) {
          const response = await api.get(`/store/custom-orders/${id}`, { headers: headers() }).catch((e: any) => e.response)
          expect(response.status).toEqual(404)
          expect(response.data).toEqual({ type: "not_found", message: `Custom order with id: ${id} was not found` })
        }
        const missing = await api.get("/store/custom-orders/cord_missing", { headers: headers() }).catch((e: any) => e.response)
        expect(missing.data).toEqual({ type: "not_found", message: "Custom order with id: cord_missing was not found" })
      })

      it("never returns what shoppers must not see, even when asked for it", async () => {
        // Medusa drops fields outside the route's allowed list (it does not refuse them)
        for (const fields of ["access_token_hash", "+access_token_hash,+submitter_ip_hash", "*notes", "+notes.text", "+metadata"]) {
          const { data } = await api.get(`/store/custom-orders/${guestOrder.id}?fields=${fields}`, {
            headers: withToken(guestOrder.token),
          })
          const body = JSON.stringify(data)
          expect(body).not.toContain("access_token_hash")
          expect(body).not.toContain("submitter_ip_hash")
          expect(body).not.toContain("notes")
          expect(body).not.toContain("metadata")
        }
      })
    })

    describe("reference images", () => {
      const imageUrl = () => `/store/custom-orders/${guestOrder.id}/images/${guestOrder.imageId}`

      it("are sent to the token holder, byte for byte", async () => {
        const response = await api.get(imageUrl(), { headers: withToken(guestOrder.token), responseType: "arraybuffer" })
        expect(response.headers["content-type"]).toEqual("image/png")
        expect(response.headers["cache-control"]).toEqual("private, no-store")
        expect(Buffer.from(response.data).equals(pngBytes("ocean-wave"))).toBe(true)
      })

      it("are sent to admins", async () => {
        const response = await api.get(`/admin/custom-orders/${guestOrder.id}/images/${guestOrder.imageId}`, {
          headers: admin,
          responseType: "arraybuffer",
        })
        expect(Buffer.from(response.data).equals(pngBytes("ocean-wave"))).toBe(true)
      })

      it("are refused to everyone else", async () => {
        expect(await status(api.get(imageUrl(), { headers: store }))).toEqual(404)
        expect(await status(api.get(imageUrl(), { headers: withToken("wrong") }))).toEqual(404)
        expect(await status(api.get(imageUrl(), { headers: stranger.headers }))).toEqual(404)
        expect(await status(api.get(`/admin/custom-orders/${guestOrder.id}/images/${guestOrder.imageId}`))).toEqual(401)
        // an image id of another request, with this request's token
        expect(
          await status(api.get(`/store/custom-orders/${ownersOrderId}/images/${guestOrder.imageId}`, { headers: withToken(guestOrder.token) }))
        ).toEqual(404)
      })
    })

    describe("POST /store/custom-orders/:id/cancel", () => {
      it("lets the guest with the token cancel, records it, emits the events", async () => {
        const { data } = await api.post(
          `/store/custom-orders/${guestOrder.id}/cancel`,
          { reason: "Changed my mind" },
          { headers: withToken(guestOrder.token) }
        )
        expect(data.custom_order.status).toEqual("cancelled")
        expect(data.custom_order.status_history.at(-1)).toMatchObject({
          from_status: "pending",
          to_status: "cancelled",
          actor_type: "guest",
          reason: "Changed my mind",
        })
        await settle()
        expect(events.map((e) => e.name).sort()).toEqual(["custom_order.cancelled", "custom_order.status_changed"])
      })

      it("lets the owning customer cancel without a reason", async () => {
        const { data } = await api.post(`/store/custom-orders/${ownersOrderId}/cancel`, {}, { headers: owner.headers })
        expect(data.custom_order.status).toEqual("cancelled")
        expect(data.custom_order.status_history.at(-1).actor_type).toEqual("customer")
      })

      it("answers 404 to anyone else and changes nothing", async () => {
        for (const headers of [store, withToken("wrong"), stranger.headers]) {
          const response = await api.post(`/store/custom-orders/${guestOrder.id}/cancel`, {}, { headers }).catch((e: any) => e.response)
          expect(response.status).toEqual(404)
        }
        const response = await api.post(`/store/custom-orders/${ownersOrderId}/cancel`, {}, { headers: stranger.headers }).catch((e: any) => e.response)
        expect(response.status).toEqual(404)
        const { data } = await api.get(`/store/custom-orders/${guestOrder.id}`, { headers: withToken(guestOrder.token) })
        expect(data.custom_order.status).toEqual("pending")
        await settle()
        expect(events).toEqual([])
      })

      it("refuses a second cancel with not_allowed naming the status", async () => {
        await api.post(`/store/custom-orders/${guestOrder.id}/cancel`, {}, { headers: withToken(guestOrder.token) })
        const response = await api
          .post(`/store/custom-orders/${guestOrder.id}/cancel`, {}, { headers: withToken(guestOrder.token) })
          .catch((e: any) => e.response)
        expect(response.status).toEqual(400)
        expect(response.data).toEqual({
          type: "not_allowed",
          message: `Custom order ${guestOrder.id} is cancelled; it cannot be cancelled`,
        })
      })

      it("refuses an unknown field in the body", async () => {
        const response = await api
          .post(`/store/custom-orders/${guestOrder.id}/cancel`, { status: "cancelled" }, { headers: withToken(guestOrder.token) })
          .catch((e: any) => e.response)
        expect(response.status).toEqual(400)
      })
    })

    describe("GET /store/customers/me/custom-orders", () => {
      it("lists only the customer's own requests, newest first, paginated", async () => {
        await api.post("/store/custom-orders", { ...VALID_REQUEST, name: "Second" }, { headers: owner.headers })
        await api.post("/store/custom-orders", { ...VALID_REQUEST, name: "Third" }, { headers: owner.headers })
        const { data } = await api.get("/store/customers/me/custom-orders?limit=2", { headers: owner.headers })
        expect(data.count).toEqual(3)
        expect(data.limit).toEqual(2)
        expect(data.custom_orders.map((c: any) => c.name)).toEqual(["Third", "Second"])
        const { data: page2 } = await api.get("/store/customers/me/custom-orders?limit=2&offset=2", { headers: owner.headers })
        expect(page2.custom_orders.map((c: any) => c.id)).toEqual([ownersOrderId])

        const { data: theirs } = await api.get("/store/customers/me/custom-orders", { headers: stranger.headers })
        expect(theirs.count).toEqual(0)
      })

      it("needs a logged-in customer", async () => {
        expect(await status(api.get("/store/customers/me/custom-orders", { headers: store }))).toEqual(401)
      })
    })
  },
})
