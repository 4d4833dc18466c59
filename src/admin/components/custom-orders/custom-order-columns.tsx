import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import type { AdminCustomOrderListItem } from "../../../types/custom-order/http"
import { formatDateTime, formatMoney, LIGHTER_TYPE_LABELS } from "../../lib/custom-order-format"
import { CustomOrderStatusBadge, PaymentLinkStatusBadge } from "./status-badge"

const column = createDataTableColumnHelper<AdminCustomOrderListItem>()

/** The list's columns: who asked, status, what, the quote, the payment link, when. */
export const customOrderColumns = [
  column.accessor("name", {
    header: "Request",
    cell: ({ row }) => (
      <div className="flex flex-col py-1">
        <Text size="small" weight="plus" leading="compact">
          {row.original.name}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {row.original.email}
        </Text>
      </div>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <CustomOrderStatusBadge status={getValue()} />,
  }),
  column.accessor("lighter_type", {
    header: "Piece",
    cell: ({ row }) => {
      const type = row.original.lighter_type
      return `${type ? LIGHTER_TYPE_LABELS[type] : "Unspecified"} × ${row.original.quantity}`
    },
  }),
  column.accessor("quote_amount", {
    header: "Quote",
    cell: ({ row }) =>
      row.original.quote_amount === null
        ? "-"
        : `${formatMoney(row.original.quote_amount, row.original.quote_currency_code)} (v${row.original.quote_version})`,
  }),
  column.accessor("payment_link_status", {
    header: "Payment link",
    cell: ({ getValue }) => <PaymentLinkStatusBadge status={getValue()} />,
  }),
  column.accessor("created_at", {
    header: "Submitted",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]
