import { Container, Heading, Text } from "@medusajs/ui"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { useStoreCurrencies } from "../../hooks/store-currencies"
import { formatDate, formatMoney, LIGHTER_TYPE_LABELS } from "../../lib/custom-order-format"
import { SectionRow } from "./section-row"

/** What the shopper asked for, and how to reach them. */
export const RequestSection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  // the shopper's budget is a plain amount in the store's (default) currency
  const { data: currencies } = useStoreCurrencies()
  const budgetCurrency = currencies?.[0]
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Request</Heading>
      </div>
      <div className="px-6 py-4">
        <Text size="small" className="whitespace-pre-line" data-testid="custom-order-description">
          {customOrder.description}
        </Text>
      </div>
      <SectionRow label="Colours" value={customOrder.colors} />
      <SectionRow
        label="Lighter type"
        value={customOrder.lighter_type ? LIGHTER_TYPE_LABELS[customOrder.lighter_type] : "Unspecified"}
      />
      <SectionRow label="Quantity" value={customOrder.quantity} />
      <SectionRow
        label="Budget"
        value={customOrder.budget === null ? null : budgetCurrency ? formatMoney(customOrder.budget, budgetCurrency) : customOrder.budget}
      />
      <SectionRow label="Needed by" value={customOrder.needed_by ? formatDate(customOrder.needed_by) : null} />
      <SectionRow label="Name" value={customOrder.name} />
      <SectionRow label="E-mail" value={<a className="text-ui-fg-interactive" href={`mailto:${customOrder.email}`}>{customOrder.email}</a>} />
      <SectionRow label="Phone" value={customOrder.phone} />
    </Container>
  )
}
