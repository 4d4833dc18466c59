import { Button, Container, Copy, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { CustomOrderStatus, PaymentLinkStatus } from "../../../modules/custom-order/types"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { useResendCustomOrderPaymentLink } from "../../hooks/custom-orders"
import { errorMessage, formatDateTime, formatMoney } from "../../lib/custom-order-format"
import { SectionRow } from "./section-row"
import { PaymentLinkStatusBadge } from "./status-badge"

const EXPLANATIONS: Record<PaymentLinkStatus, string> = {
  [PaymentLinkStatus.NONE]: "A payment link is created when the request is quoted.",
  [PaymentLinkStatus.ACTIVE]: "The customer can pay the current quote with this link.",
  [PaymentLinkStatus.INACTIVE]: "The link no longer takes payments (revised, paid, rejected, cancelled or expired).",
  [PaymentLinkStatus.NOT_CONFIGURED]:
    "Stripe is off (no STRIPE_API_KEY), so no payment link was made: send the customer payment instructions yourself.",
}

/** The Stripe payment link of the current quote: its state, copy, re-send; and the payments received. */
export const PaymentLinkSection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const resend = useResendCustomOrderPaymentLink(customOrder.id)
  const prompt = usePrompt()
  const status = customOrder.payment_link_status
  const canResend = customOrder.status === CustomOrderStatus.APPROVED && status !== PaymentLinkStatus.NOT_CONFIGURED

  const onResend = async () => {
    const confirmed = await prompt({
      title: "Send the payment link again?",
      description:
        status === PaymentLinkStatus.ACTIVE
          ? `The current link is e-mailed to ${customOrder.email} again.`
          : `A new link for quote version ${customOrder.quote_version} is made and e-mailed to ${customOrder.email}.`,
      confirmText: "Send link",
      cancelText: "Back",
      variant: "confirmation",
    })
    if (confirmed) {
      resend.mutate({}, {
        onSuccess: () => toast.success("Payment link sent", { description: customOrder.email }),
        onError: (error) => toast.error("The payment link was not sent", { description: errorMessage(error) }),
      })
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="payment-link-section">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Payment link</Heading>
        <PaymentLinkStatusBadge status={status} />
      </div>
      <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="payment-link-explanation">
        {EXPLANATIONS[status]}
      </Text>
      {customOrder.payment_link_url && (
        <div className="flex items-center gap-2 px-6 py-4">
          <a href={customOrder.payment_link_url} target="_blank" rel="noreferrer" data-testid="payment-link-url"
            className="text-ui-fg-interactive txt-small truncate">
            {customOrder.payment_link_url}
          </a>
          <Copy content={customOrder.payment_link_url} className="text-ui-fg-muted" />
        </div>
      )}
      {customOrder.paid_at && <SectionRow label="Paid" value={formatDateTime(customOrder.paid_at)} />}
      {(customOrder.payments ?? []).map((payment) => (
        <SectionRow key={payment.id} label={`Payment (${payment.status.replace("_", " ")})`}
          value={[
            `${formatMoney(payment.amount, payment.currency_code)} for quote v${payment.quote_version ?? "?"}`,
            payment.refunded_amount ? `refunded ${formatMoney(payment.refunded_amount, payment.currency_code)}` : null,
            payment.problem,
          ].filter(Boolean).join("\n")} />
      ))}
      {canResend && (
        <div className="flex justify-end px-6 py-4">
          <Button size="small" variant="secondary" isLoading={resend.isPending} onClick={onResend}>
            {status === PaymentLinkStatus.ACTIVE ? "Re-send link" : "Re-create and send link"}
          </Button>
        </div>
      )}
    </Container>
  )
}
