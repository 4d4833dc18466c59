import { StatusBadge } from "@medusajs/ui"
import { CustomOrderStatus, PaymentLinkStatus } from "../../../modules/custom-order/types"
import {
  PAYMENT_LINK_COLORS,
  PAYMENT_LINK_LABELS,
  STATUS_COLORS,
  STATUS_LABELS,
} from "../../lib/custom-order-format"

export const CustomOrderStatusBadge = ({ status }: { status: CustomOrderStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"} data-testid="custom-order-status" data-status={status}>
    {STATUS_LABELS[status] ?? status}
  </StatusBadge>
)

export const PaymentLinkStatusBadge = ({ status }: { status: PaymentLinkStatus }) => (
  <StatusBadge color={PAYMENT_LINK_COLORS[status] ?? "grey"} data-testid="payment-link-status" data-status={status}>
    {PAYMENT_LINK_LABELS[status] ?? status}
  </StatusBadge>
)
