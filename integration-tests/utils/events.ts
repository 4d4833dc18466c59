import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CustomOrderEvents } from "../../src/modules/custom-order"

export type CapturedEvent = { name: string; data: any }

/**
 * Records every custom_order.* event the app emits, through the real event bus.
 * Call once per file (in beforeAll); clear `events` in beforeEach.
 */
export function captureCustomOrderEvents(container: MedusaContainer, alsoCapture: string[] = []) {
  const events: CapturedEvent[] = []
  const eventBus = container.resolve(Modules.EVENT_BUS)
  for (const name of [...Object.values(CustomOrderEvents), ...alsoCapture]) {
    eventBus.subscribe(name, async (event: any) => {
      events.push({ name, data: event.data })
    }, { subscriberId: `test-capture-${name}` })
  }
  return events
}

/** Events are released once a workflow succeeds, asynchronously: wait a little for them. */
export async function settle(ms = 300) {
  await new Promise((resolve) => setTimeout(resolve, ms))
}
