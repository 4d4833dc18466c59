import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminCustomOrderListItem } from "../../../types/custom-order/http"
import { formatDate, formatMoney, LIGHTER_TYPE_LABELS } from "../../lib/custom-order-format"
import { CustomOrderStatusBadge } from "./status-badge"

/** Requests as compact rows linking to their page (the widgets on order and customer pages). */
export const CustomOrderSummaryList = ({ customOrders }: { customOrders: AdminCustomOrderListItem[] }) => (
  <ul className="divide-y">
    {customOrders.map((co) => (
      <li key={co.id}>
        <Link to={`/custom-orders/${co.id}`} data-testid="custom-order-summary"
          className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-3 px-6 py-3 outline-none transition-fg">
          <div className="flex min-w-0 flex-col">
            <Text size="small" weight="plus" leading="compact" className="truncate">
              {co.lighter_type ? LIGHTER_TYPE_LABELS[co.lighter_type] : "Custom piece"} × {co.quantity} · {co.name}
            </Text>
            <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
              {co.id} · {formatDate(co.created_at)}
              {co.quote_amount !== null ? ` · ${formatMoney(co.quote_amount, co.quote_currency_code)}` : ""}
            </Text>
          </div>
          <CustomOrderStatusBadge status={co.status} />
        </Link>
      </li>
    ))}
  </ul>
)
