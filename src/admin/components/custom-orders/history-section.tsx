import { Container, Heading, Text } from "@medusajs/ui"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { ACTOR_LABELS, formatDateTime, STATUS_LABELS } from "../../lib/custom-order-format"
import { CustomOrderStatusBadge } from "./status-badge"

/** Every status change, newest first: from, to, who, when, why. */
export const HistorySection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const entries = [...(customOrder.status_history ?? [])].reverse()
  return (
    <Container className="divide-y p-0" data-testid="history-section">
      <div className="px-6 py-4">
        <Heading level="h2">History</Heading>
      </div>
      <ol className="flex flex-col gap-4 px-6 py-4">
        {entries.map((entry, index) => (
          <li key={entry.id ?? index} className="flex gap-3" data-testid="history-entry" data-to-status={entry.to_status}>
            <div className="flex flex-col items-center pt-1">
              <div className="bg-ui-tag-neutral-icon size-2 rounded-full" />
              {index < entries.length - 1 && <div className="bg-ui-border-base mt-1 w-px flex-1" />}
            </div>
            <div className="flex flex-1 flex-col gap-1">
              <div className="flex flex-wrap items-center gap-2">
                <CustomOrderStatusBadge status={entry.to_status} />
                <Text size="xsmall" className="text-ui-fg-muted">
                  {entry.from_status ? `from ${STATUS_LABELS[entry.from_status]}` : "submitted"} · {ACTOR_LABELS[entry.actor_type]}
                  {entry.actor_id ? ` (${entry.actor_id})` : ""} · {formatDateTime(entry.created_at)}
                </Text>
              </div>
              {entry.reason && <Text size="small" className="whitespace-pre-line break-words">{entry.reason}</Text>}
            </div>
          </li>
        ))}
      </ol>
    </Container>
  )
}
