import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { SectionRow } from "./section-row"

/** Who asked (a customer account, or a guest) and the Medusa order the paid request became. */
export const CustomerSection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const customer = customOrder.customer
  const fullName = customer ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") : ""
  return (
    <Container className="divide-y p-0" data-testid="customer-section">
      <div className="px-6 py-4">
        <Heading level="h2">Customer</Heading>
      </div>
      {customer ? (
        <div className="flex flex-col gap-1 px-6 py-4">
          <Link to={`/customers/${customer.id}`} className="text-ui-fg-interactive txt-small-plus" data-testid="customer-link">
            {fullName || customer.email}
          </Link>
          <Text size="small" className="text-ui-fg-subtle">{customer.email}</Text>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="customer-guest">
          Guest: no customer account; the shopper uses the link e-mailed to {customOrder.email}.
        </Text>
      )}
      <SectionRow
        label="Order"
        testId="linked-order"
        value={customOrder.order ? (
          <Link to={`/orders/${customOrder.order.id}`} className="text-ui-fg-interactive">
            #{customOrder.order.display_id} ({customOrder.order.status})
          </Link>
        ) : customOrder.order_id ? (
          <Link to={`/orders/${customOrder.order_id}`} className="text-ui-fg-interactive">{customOrder.order_id}</Link>
        ) : "Not paid yet"}
      />
    </Container>
  )
}
