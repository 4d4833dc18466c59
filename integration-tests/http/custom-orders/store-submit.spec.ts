import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { hashAccessToken } from "../../../src/modules/custom-order"
import { registerCustomer } from "../../utils/customers"
import {
  GIF_BYTES,
  JPEG_BYTES,
  pngBytes,
  privateFiles,
  submissionForm,
  VALID_REQUEST,
  WEBP_BYTES,
} from "../../utils/custom-orders"
import { captureCustomOrderEvents, CapturedEvent, settle } from "../../utils/events"
import { createStorefront } from "../../utils/storefront"
import { customOrderService } from "../../utils/custom-order-service"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>
    let events: CapturedEvent[]

    beforeAll(async () => {
      store = await createStorefront(getContainer())
      events = captureCustomOrderEvents(getContainer())
    })
    beforeEach(() => {
      events.length = 0
    })

    const customOrders = () => customOrderService(getContainer())
    const submit = (body: unknown, headers: Record<string, string> = store) =>
      api.post("/store/custom-orders", body, { headers })
    const refused = (body: unknown) => submit(body).catch((e: any) => e.response)

    describe("POST /store/custom-orders", () => {
      it("takes a guest's JSON request: pending, a one-time token whose hash alone is stored, events", async () => {
        const { status, data } = await submit({ ...VALID_REQUEST, phone: "+1 505 555 0100", budget: 60, needed_by: "2099-12-24" })
        expect(status).toEqual(200)
        expect(data.custom_order).toMatchObject({
          id: expect.stringMatching(/^cord_/),
          status: "pending",
          name: "Ada Lovelace",
          email: "ada@example.com",
          quantity: 1,
          lighter_type: "classic_bic",
          budget: 60,
          images: [],
          status_history: [expect.objectContaining({ from_status: null, to_status: "pending", actor_type: "guest" })],
        })
        expect(data.custom_order).not.toHaveProperty("access_token_hash")
        expect(data.custom_order).not.toHaveProperty("submitter_ip_hash")
        expect(data.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/)

        const [stored] = await customOrders().listCustomOrders({ id: data.custom_order.id })
        expect(stored.access_token_hash).toEqual(hashAccessToken(data.access_token))
        expect(JSON.stringify(stored)).not.toContain(data.access_token)

        await settle()
        expect(events.map((e) => e.name).sort()).toEqual(["custom_order.status_changed", "custom_order.submitted"])
        // the guest's token travels with the event to the receipt e-mail (and is stored nowhere)
        expect(events.find((e) => e.name === "custom_order.submitted")!.data).toEqual({
          id: data.custom_order.id,
          access_token: data.access_token,
        })
      })

      it("takes multipart/form-data with three images, stored privately through the File module", async () => {
        const before = privateFiles()
        const form = submissionForm({ ...VALID_REQUEST, quantity: "2" }, [
          { name: "fox.png", bytes: pngBytes("sunset-chevron") },
          { name: "photo.jpg", bytes: JPEG_BYTES, type: "image/jpeg" },
          { name: "anim.gif", bytes: GIF_BYTES, type: "image/gif" },
        ])
        const { data } = await submit(form)
        expect(data.custom_order.quantity).toEqual(2)
        expect(data.custom_order.images.map((i: any) => [i.original_name, i.content_type]).sort()).toEqual([
          ["anim.gif", "image/gif"],
          ["fox.png", "image/png"],
          ["photo.jpg", "image/jpeg"],
        ])
        expect(privateFiles().length).toEqual(before.length + 3)

        // not served by the public static route: the file names are not even in static/
        const { data: listed } = await api.get(
          `/store/custom-orders/${data.custom_order.id}`,
          { headers: { ...store, "x-custom-order-token": data.access_token } }
        )
        expect(listed.custom_order.images).toHaveLength(3)
      })

      it("recognises WebP by its bytes", async () => {
        const { data } = await submit(submissionForm(VALID_REQUEST, [{ name: "x.webp", bytes: WEBP_BYTES, type: "image/webp" }]))
        expect(data.custom_order.images[0].content_type).toEqual("image/webp")
      })

      it("links a logged-in customer's request to them and gives no token", async () => {
        const customer = await registerCustomer(api, store, "buyer@example.com")
        const { data } = await submit(VALID_REQUEST, customer.headers)
        expect(data.access_token).toBeNull()
        const [stored] = await customOrders().listCustomOrders({ id: data.custom_order.id })
        expect(stored.customer_id).toEqual(customer.id)
        expect(stored.access_token_hash).toBeNull()
        expect(data.custom_order.status_history[0].actor_type).toEqual("customer")
      })

      it("needs the publishable key like every store route", async () => {
        const response = await api.post("/store/custom-orders", VALID_REQUEST).catch((e: any) => e.response)
        expect(response.status).toEqual(400)
      })
    })

    describe("refuses bad input with a 400 naming the problem, and stores nothing", () => {
      let countBefore: number
      let filesBefore: string[]
      beforeEach(async () => {
        countBefore = (await customOrders().listCustomOrders({})).length
        filesBefore = privateFiles()
      })
      afterEach(async () => {
        expect((await customOrders().listCustomOrders({})).length).toEqual(countBefore)
        expect(privateFiles()).toEqual(filesBefore)
        await settle(50)
        expect(events).toEqual([])
      })

      it.each([
        ["name", { name: "" }],
        ["email", { email: "not-an-email" }],
        ["description", { description: "too short" }],
        ["quantity", { quantity: "abc" }],
        ["quantity", { quantity: 0 }],
        ["quantity", { quantity: 2.5 }],
        ["budget", { budget: -5 }],
        ["needed_by", { needed_by: "2001-01-01" }],
        ["needed_by", { needed_by: "next tuesday" }],
        ["lighter_type", { lighter_type: "zippo" }],
        ["phone", { phone: "call me" }],
      ])("JSON with a bad %s", async (field, change) => {
        const response = await refused({ ...VALID_REQUEST, ...change })
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(field)
      })

      it("JSON with a missing description", async () => {
        const { description, ...rest } = VALID_REQUEST
        const response = await refused(rest)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("description")
      })

      it("JSON with a field that does not exist", async () => {
        const response = await refused({ ...VALID_REQUEST, status: "paid" })
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("status")
      })

      it("a text file named .png (checked by its bytes), naming the file", async () => {
        const response = await refused(
          submissionForm(VALID_REQUEST, [
            { name: "ok.png", bytes: pngBytes() },
            { name: "notes.png", bytes: Buffer.from("just some text, not an image") },
          ])
        )
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("images[1] (notes.png)")
      })

      it("more than 10 images", async () => {
        const files = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.png`, bytes: pngBytes() }))
        const response = await refused(submissionForm(VALID_REQUEST, files))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("at most 10 images")
      })

      it("an image over 7 MB", async () => {
        const huge = Buffer.concat([pngBytes(), Buffer.alloc(7 * 1024 * 1024)])
        const response = await refused(submissionForm(VALID_REQUEST, [{ name: "huge.png", bytes: huge }]))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("at most 7 MB")
      })

      it("a file under another field name", async () => {
        const response = await refused(submissionForm(VALID_REQUEST, [{ name: "a.png", bytes: pngBytes(), field: "photo" }]))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("photo")
      })

      it("a bad field in a multipart form", async () => {
        const response = await refused(submissionForm({ ...VALID_REQUEST, email: "nope" }, [{ name: "a.png", bytes: pngBytes() }]))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("email")
      })
    })
  },
})
