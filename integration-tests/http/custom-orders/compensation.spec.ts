import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CustomOrderActorType, CustomOrderStatus } from "../../../src/modules/custom-order"
import {
  addCustomOrderNoteWorkflow,
  advanceCustomOrderStatusWorkflow,
  cancelCustomOrderWorkflow,
  expireCustomOrderWorkflow,
  quoteCustomOrderWorkflow,
  rejectCustomOrderWorkflow,
  submitCustomOrderWorkflow,
} from "../../../src/workflows/custom-order"
import { createCustomOrderNoteStepId, recordStatusChangeStepId } from "../../../src/workflows/custom-order/steps"
import { pngBytes, privateFiles, VALID_REQUEST } from "../../utils/custom-orders"
import { captureCustomOrderEvents, CapturedEvent, settle } from "../../utils/events"
import { createStorefront } from "../../utils/storefront"
import { customOrderService } from "../../utils/custom-order-service"

jest.setTimeout(120 * 1000)

const ADMIN = { type: CustomOrderActorType.ADMIN, id: "user_test" }
const failAfter = (workflow: any, stepId: string) => {
  workflow.appendAction("fail-for-test", stepId, {
    invoke: async () => {
      throw new Error("injected failure")
    },
  })
  return workflow
}

/**
 * Each mutating workflow, made to fail right after its last change: the
 * request, its files, quotes, notes and history are as they were, no event is
 * sent, and the request's lock is free again.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let events: CapturedEvent[]
    beforeAll(async () => {
      await createStorefront(getContainer())
      events = captureCustomOrderEvents(getContainer())
    })

    const customOrders = () => customOrderService(getContainer())
    // Everything the request says; updated_at aside, since putting the old values back is itself a write.
    const snapshot = async (id: string) => {
      const [{ updated_at, ...rest }] = await customOrders().listCustomOrders(
        { id },
        { relations: ["quotes", "status_history", "notes", "images"] }
      )
      return rest
    }
    const pendingRequest = async () => {
      const { result } = await submitCustomOrderWorkflow(getContainer()).run({
        input: { request: { ...VALID_REQUEST, lighter_type: undefined, quantity: 1 }, images: [] },
      })
      return result.custom_order.id as string
    }
    const withStatus = async (status: CustomOrderStatus) => {
      const id = await pendingRequest()
      await customOrders().updateCustomOrders({ id, status, payment_link_status: "active" as any, quote_expires_at: new Date(Date.now() - 1000) })
      return id
    }

    async function expectRolledBack(id: string, before: any, run: () => Promise<{ errors: any[] }>) {
      await settle()
      events.length = 0
      const { errors } = await run()
      expect(errors[0].error.message).toEqual("injected failure")
      expect(await snapshot(id)).toEqual(before)
      await settle()
      expect(events).toEqual([])
      // the lock was released: an admin can act on the request at once
      const { errors: next } = await addCustomOrderNoteWorkflow(getContainer()).run({
        input: { custom_order_id: id, author_id: "user_test", text: "still usable" },
        throwOnError: false,
      })
      expect(next).toEqual([])
    }

    it("submit: no request and no orphan file", async () => {
      const filesBefore = privateFiles()
      const countBefore = (await customOrders().listCustomOrders({})).length
      const { errors } = await failAfter(submitCustomOrderWorkflow(getContainer()), recordStatusChangeStepId).run({
        input: {
          request: { ...VALID_REQUEST, lighter_type: undefined, quantity: 1 },
          images: [{ original_name: "a.png", content_type: "image/png", size: 10, content: pngBytes().toString("base64") }],
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toEqual("injected failure")
      expect((await customOrders().listCustomOrders({})).length).toEqual(countBefore)
      expect(await customOrders().listCustomOrderImages({})).toEqual([])
      expect(privateFiles()).toEqual(filesBefore)
      await settle()
      expect(events).toEqual([])
    })

    it("add note: no note", async () => {
      const id = await pendingRequest()
      const before = await snapshot(id)
      const { errors } = await failAfter(addCustomOrderNoteWorkflow(getContainer()), createCustomOrderNoteStepId).run({
        input: { custom_order_id: id, author_id: "user_test", text: "lost" },
        throwOnError: false,
      })
      expect(errors[0].error.message).toEqual("injected failure")
      expect(await snapshot(id)).toEqual(before)
    })

    it("quote: status, quote, version and link as before, no quote snapshot", async () => {
      const id = await pendingRequest()
      await quoteCustomOrderWorkflow(getContainer()).run({
        input: { custom_order_id: id, quote: { amount: 30, currency_code: "usd" }, actor: ADMIN },
      })
      const before = await snapshot(id)
      await expectRolledBack(id, before, () =>
        failAfter(quoteCustomOrderWorkflow(getContainer()), recordStatusChangeStepId).run({
          input: { custom_order_id: id, quote: { amount: 55, currency_code: "usd", message: "new" }, actor: ADMIN },
          throwOnError: false,
        })
      )
    })

    it("reject: still approved, link still active, no history entry", async () => {
      const id = await withStatus(CustomOrderStatus.APPROVED)
      const before = await snapshot(id)
      await expectRolledBack(id, before, () =>
        failAfter(rejectCustomOrderWorkflow(getContainer()), recordStatusChangeStepId).run({
          input: { custom_order_id: id, actor: ADMIN, reason: "no" },
          throwOnError: false,
        })
      )
    })

    it("cancel: still pending", async () => {
      const id = await pendingRequest()
      const before = await snapshot(id)
      await expectRolledBack(id, before, () =>
        failAfter(cancelCustomOrderWorkflow(getContainer()), recordStatusChangeStepId).run({
          input: { custom_order_id: id, actor: ADMIN, reason: "no" },
          throwOnError: false,
        })
      )
    })

    it("production status: still paid", async () => {
      const id = await withStatus(CustomOrderStatus.PAID)
      const before = await snapshot(id)
      await expectRolledBack(id, before, () =>
        failAfter(advanceCustomOrderStatusWorkflow(getContainer()), recordStatusChangeStepId).run({
          input: { custom_order_id: id, actor: ADMIN, status: CustomOrderStatus.IN_PRODUCTION },
          throwOnError: false,
        })
      )
    })

    it("expire: still approved", async () => {
      const id = await withStatus(CustomOrderStatus.APPROVED)
      const before = await snapshot(id)
      await expectRolledBack(id, before, () =>
        failAfter(expireCustomOrderWorkflow(getContainer()), recordStatusChangeStepId).run({
          input: { custom_order_id: id },
          throwOnError: false,
        })
      )
    })
  },
})
