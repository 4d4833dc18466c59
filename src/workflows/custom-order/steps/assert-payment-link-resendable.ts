import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { CustomOrderStatus } from "../../../modules/custom-order"
import { CustomOrderState } from "./types"

export const assertPaymentLinkResendableStepId = "assert-custom-order-payment-link-resendable"

/** Only an approved request, with a quote, has a payment link to send. */
export const assertPaymentLinkResendableStep = createStep(
  assertPaymentLinkResendableStepId,
  async ({ custom_order }: { custom_order: CustomOrderState }) => {
    if (custom_order.status !== CustomOrderStatus.APPROVED || custom_order.quote_amount === null) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Custom order ${custom_order.id} is ${custom_order.status}; only an approved request has a payment link to send`
      )
    }
  }
)
