import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_ORDER_MODULE } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"

export const createCustomOrderQuoteStepId = "create-custom-order-quote"

export type CreateCustomOrderQuoteStepInput = {
  custom_order_id: string
  version: number
  amount: number
  currency_code: string
  message: string | null
  expires_at: Date | null
  created_by: string | null
}

/** Keeps the snapshot of one quote version. Compensation: removes it. */
export const createCustomOrderQuoteStep = createStep(
  createCustomOrderQuoteStepId,
  async (input: CreateCustomOrderQuoteStepInput, { container }) => {
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    const quote = await customOrders.createCustomOrderQuotes(input)
    return new StepResponse(quote, quote.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const customOrders = container.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
    await customOrders.deleteCustomOrderQuotes(id)
  }
)
