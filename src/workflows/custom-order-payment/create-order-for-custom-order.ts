import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  authorizePaymentSessionStep,
  capturePaymentWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { STRIPE_LINK_PAYMENT_PROVIDER } from "../../config/payment-modules"
import { chooseCustomOrderShippingOption } from "../../utils/custom-order-shipping-option"
import { CUSTOM_PIECE_HANDLE, customPieceProduct } from "./custom-piece-product"

export const createOrderForCustomOrderWorkflowId = "create-order-for-custom-order"

export type OrderAddress = {
  first_name?: string
  last_name?: string
  address_1?: string
  address_2?: string
  city?: string
  province?: string
  postal_code?: string
  country_code?: string
  phone?: string
}

export type CreateOrderForCustomOrderInput = {
  custom_order_id: string
  title: string
  amount: number
  currency_code: string
  email: string
  customer_id: string | null
  shipping_address: OrderAddress | null
  stripe_payment_intent_id: string
  stripe_checkout_session_id: string
}

/**
 * A paid request becomes an ordinary Medusa order, through Medusa's own
 * workflows: one line item at the quoted price, titled after the request, of
 * the shop's "Custom piece" product (made on first use; in no sales channel,
 * so never sold in the store; its shipping profile is what lets the
 * dashboard fulfil the item), the shopper's e-mail and
 * customer, the shipping address Stripe collected, a shipping method of the
 * shop's cheapest option to that country at no charge (the quote includes
 * shipping; the method is what lets the dashboard create its fulfilment), and
 * the payment recorded as captured by the stripe-link provider with the
 * PaymentIntent id. Emits order.placed once.
 */
export const createOrderForCustomOrderWorkflow = createWorkflow(
  createOrderForCustomOrderWorkflowId,
  function (input: CreateOrderForCustomOrderInput) {
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["default_region_id", "default_sales_channel_id"],
    }).config({ name: "read-store-defaults" })
    const { data: shippingOptions } = useQueryGraphStep({
      entity: "shipping_option",
      fields: [
        "id",
        "name",
        "shipping_profile_id",
        "data",
        "rules.attribute",
        "rules.value",
        "service_zone.geo_zones.country_code",
        "service_zone.fulfillment_set.type",
        "prices.amount",
        "prices.currency_code",
      ],
    }).config({ name: "read-shipping-options" })

    const shippingOption = transform({ input, shippingOptions }, ({ input, shippingOptions }) =>
      chooseCustomOrderShippingOption(shippingOptions, {
        country_code: input.shipping_address?.country_code,
        currency_code: input.currency_code,
      })
    )

    const { data: customPieces } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "variants.id"],
      filters: { handle: CUSTOM_PIECE_HANDLE },
    }).config({ name: "read-custom-piece-product" })
    const createdPieces = when("create-custom-piece-product", { customPieces }, ({ customPieces }) => !customPieces.length).then(
      () => {
        const productInput = transform({ shippingOption }, ({ shippingOption }) => ({
          products: [customPieceProduct(shippingOption?.shipping_profile_id ?? undefined)],
        }))
        return createProductsWorkflow.runAsStep({ input: productInput })
      }
    )
    const variantId = transform({ customPieces, createdPieces }, ({ customPieces, createdPieces }) => {
      const product = customPieces[0] ?? createdPieces?.[0]
      return product?.variants?.[0]?.id as string
    })

    const orderInput = transform(
      { input, stores, shippingOption, variantId },
      ({ input, stores, shippingOption: option, variantId }) => {
      return {
        region_id: stores[0]?.default_region_id ?? undefined,
        sales_channel_id: stores[0]?.default_sales_channel_id ?? undefined,
        email: input.email,
        customer_id: input.customer_id ?? undefined,
        currency_code: input.currency_code,
        shipping_address: input.shipping_address ?? undefined,
        billing_address: input.shipping_address ?? undefined,
        items: [
          {
            variant_id: variantId,
            title: input.title,
            quantity: 1,
            unit_price: input.amount,
            // the quote is the whole price: no price lookup for the variant
            is_tax_inclusive: false,
            requires_shipping: true,
            metadata: { custom_order_id: input.custom_order_id },
          },
        ],
        shipping_methods: option
          ? [{ name: option.name, amount: 0, shipping_option_id: option.id, data: option.data ?? {} }]
          : [],
        metadata: {
          custom_order_id: input.custom_order_id,
          stripe_payment_intent_id: input.stripe_payment_intent_id,
          stripe_checkout_session_id: input.stripe_checkout_session_id,
        },
      }
      }
    )
    const order = createOrderWorkflow.runAsStep({ input: orderInput as any })

    const collectionInput = transform({ order, input }, ({ order, input }) => ({ order_id: order.id, amount: input.amount }))
    const collections = createOrderPaymentCollectionWorkflow.runAsStep({ input: collectionInput })

    const sessionInput = transform({ collections, input }, ({ collections, input }) => ({
      payment_collection_id: collections[0].id,
      provider_id: STRIPE_LINK_PAYMENT_PROVIDER,
      data: {
        stripe_payment_intent_id: input.stripe_payment_intent_id,
        stripe_checkout_session_id: input.stripe_checkout_session_id,
        currency_code: input.currency_code,
      },
    }))
    const session = createPaymentSessionsWorkflow.runAsStep({ input: sessionInput })
    const payment = authorizePaymentSessionStep({ id: session.id, context: {} })
    capturePaymentWorkflow.runAsStep({ input: { payment_id: payment.id, captured_by: "stripe" } })

    emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: { id: order.id } }).config({
      name: "emit-order-placed",
    })
    return new WorkflowResponse(order)
  }
)
