import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { CustomOrderSummaryList } from "../components/custom-orders/custom-order-summary-list"
import { useCustomOrders } from "../hooks/custom-orders"
import { errorMessage } from "../lib/custom-order-format"

const LIMIT = 10

/** On a customer's page: their custom order requests, newest first. */
const CustomerCustomOrdersWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isPending, isError, error } = useCustomOrders({ customer_id: customer.id, limit: LIMIT, order: "-created_at" })
  return (
    <Container className="divide-y p-0" data-testid="customer-custom-orders-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Custom order requests</Heading>
        {data && <Text size="small" className="text-ui-fg-subtle">{data.count}</Text>}
      </div>
      {isPending ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">Loading…</Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
      ) : data.custom_orders.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">No custom order requests.</Text>
      ) : (
        <>
          <CustomOrderSummaryList customOrders={data.custom_orders} />
          {data.count > LIMIT && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-3">
              The {LIMIT} newest of {data.count}; search the Custom orders list for {customer.email} to see all.
            </Text>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerCustomOrdersWidget
