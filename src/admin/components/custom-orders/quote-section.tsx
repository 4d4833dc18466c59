import { Container, Heading, Text } from "@medusajs/ui"
import { CustomOrderActorType, CustomOrderStatus } from "../../../modules/custom-order/types"
import { nextStatuses } from "../../../modules/custom-order/utils/state-machine"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { formatDate, formatDateTime, formatMoney } from "../../lib/custom-order-format"
import { QuoteForm } from "./quote-form"
import { SectionRow } from "./section-row"

/** The current quote, earlier versions, and the quote form when the status allows a (new) quote. */
export const QuoteSection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const canQuote = nextStatuses(customOrder.status, CustomOrderActorType.ADMIN).includes(CustomOrderStatus.APPROVED)
  const earlier = (customOrder.quotes ?? []).filter((q) => q.version !== customOrder.quote_version).reverse()
  return (
    <Container className="divide-y p-0" data-testid="quote-section">
      <div className="px-6 py-4">
        <Heading level="h2">Quote</Heading>
      </div>
      {customOrder.quote_version === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">Not quoted yet.</Text>
      ) : (
        <>
          <SectionRow label="Amount" testId="quote-amount"
            value={`${formatMoney(customOrder.quote_amount, customOrder.quote_currency_code)} (version ${customOrder.quote_version})`} />
          <SectionRow label="Message" value={customOrder.quote_message} />
          <SectionRow label="Valid until" value={customOrder.quote_expires_at ? formatDate(customOrder.quote_expires_at) : "No expiry"} />
          {earlier.length > 0 && (
            <SectionRow label="Earlier versions" value={earlier
              .map((q) => `v${q.version}: ${formatMoney(q.amount, q.currency_code)} (${formatDateTime(q.created_at)})`)
              .join("\n")} />
          )}
        </>
      )}
      {canQuote && <QuoteForm key={customOrder.quote_version} customOrder={customOrder} />}
    </Container>
  )
}
