import { Container, Heading, Text } from "@medusajs/ui"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { formatDateTime } from "../../lib/custom-order-format"
import { CustomOrderStatusBadge } from "./status-badge"
import { StatusActions } from "./status-actions"

/** The request's title, status and the moves the admin may make. */
export const CustomOrderHeader = ({ customOrder }: { customOrder: AdminCustomOrder }) => (
  <Container className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-3">
        <Heading>{customOrder.name}</Heading>
        <CustomOrderStatusBadge status={customOrder.status} />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {customOrder.id} · submitted {formatDateTime(customOrder.created_at)}
      </Text>
    </div>
    <StatusActions customOrder={customOrder} />
  </Container>
)
