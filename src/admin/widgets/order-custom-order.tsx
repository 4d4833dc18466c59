import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { CustomOrderSummaryList } from "../components/custom-orders/custom-order-summary-list"
import { useCustomOrders } from "../hooks/custom-orders"
import { errorMessage } from "../lib/custom-order-format"

/** On an order's page: the custom order request the order came from, if any. */
const OrderCustomOrderWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isError, error } = useCustomOrders({ order_id: order.id, limit: 1 })
  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">Custom order request: {errorMessage(error)}</Text>
      </Container>
    )
  }
  if (!data?.custom_orders.length) {
    return null
  }
  return (
    <Container className="divide-y p-0" data-testid="order-custom-order-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Custom order request</Heading>
        <Text size="small" className="text-ui-fg-subtle">This order was made from a shopper's request.</Text>
      </div>
      <CustomOrderSummaryList customOrders={data.custom_orders} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderCustomOrderWidget
