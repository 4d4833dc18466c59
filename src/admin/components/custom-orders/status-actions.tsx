import { Button, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { CustomOrderActorType, CustomOrderStatus } from "../../../modules/custom-order/types"
import { nextStatuses } from "../../../modules/custom-order/utils/state-machine"
import type { AdminCustomOrder, AdminCustomOrderResponse } from "../../../types/custom-order/http"
import {
  useAdvanceCustomOrderStatus,
  useCancelCustomOrder,
  useRejectCustomOrder,
} from "../../hooks/custom-orders"
import { errorMessage, STATUS_LABELS } from "../../lib/custom-order-format"
import { ReasonDrawer } from "./reason-drawer"

const PRODUCTION_STEPS = [
  { status: CustomOrderStatus.IN_PRODUCTION, label: "Start production", done: "In production; the customer is told" },
  { status: CustomOrderStatus.COMPLETED, label: "Mark as completed", done: "Marked as completed" },
] as const

const PAID_STATUSES = [CustomOrderStatus.PAID, CustomOrderStatus.IN_PRODUCTION]

/** The moves an admin may make from the current status (the state machine decides), each confirmed first. */
export const StatusActions = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const allowed = nextStatuses(customOrder.status, CustomOrderActorType.ADMIN)
  const [drawer, setDrawer] = useState<"reject" | "cancel" | null>(null)
  const reject = useRejectCustomOrder(customOrder.id)
  const cancel = useCancelCustomOrder(customOrder.id)
  const advance = useAdvanceCustomOrderStatus(customOrder.id)
  const prompt = usePrompt()

  const handlers = (what: string) => ({
    onSuccess: ({ custom_order }: AdminCustomOrderResponse) => {
      setDrawer(null)
      toast.success(`Request ${what}`, { description: `Status: ${STATUS_LABELS[custom_order.status]}` })
    },
    onError: (error: Error) => toast.error(`The request was not ${what}`, { description: errorMessage(error) }),
  })

  const onStep = async (step: (typeof PRODUCTION_STEPS)[number]) => {
    const confirmed = await prompt({
      title: `${step.label}?`,
      description: `The request moves from ${STATUS_LABELS[customOrder.status]} to ${STATUS_LABELS[step.status]}.`,
      confirmText: step.label,
      cancelText: "Back",
      variant: "confirmation",
    })
    if (confirmed) {
      advance.mutate({ status: step.status }, {
        onSuccess: () => toast.success(step.done),
        onError: (error) => toast.error(`${step.label} failed`, { description: errorMessage(error) }),
      })
    }
  }

  const steps = PRODUCTION_STEPS.filter((s) => allowed.includes(s.status))
  const paid = PAID_STATUSES.includes(customOrder.status)
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="custom-order-actions">
      {steps.map((step) => (
        <Button key={step.status} size="small" variant="secondary" isLoading={advance.isPending} onClick={() => onStep(step)}>
          {step.label}
        </Button>
      ))}
      {allowed.includes(CustomOrderStatus.REJECTED) && (
        <Button size="small" variant="secondary" onClick={() => setDrawer("reject")}>Reject</Button>
      )}
      {allowed.includes(CustomOrderStatus.CANCELLED) && (
        <Button size="small" variant="secondary" onClick={() => setDrawer("cancel")}>Cancel request</Button>
      )}
      <ReasonDrawer
        open={drawer === "reject"}
        onOpenChange={(open) => setDrawer(open ? "reject" : null)}
        title="Reject the request"
        description={`The customer (${customOrder.email}) is told the reason${customOrder.payment_link_url ? "; the payment link stops working" : ""}. This cannot be undone.`}
        reasonLabel="Reason (sent to the customer)"
        confirmText="Reject request"
        isPending={reject.isPending}
        onConfirm={(reason) => reject.mutate({ reason }, handlers("rejected"))}
      />
      <ReasonDrawer
        open={drawer === "cancel"}
        onOpenChange={(open) => setDrawer(open ? "cancel" : null)}
        title="Cancel the request"
        description={paid
          ? "The request is paid: its Medusa order is cancelled and the payment refunded through Stripe. This cannot be undone."
          : `The request is cancelled${customOrder.payment_link_url ? " and its payment link stops working" : ""}. This cannot be undone.`}
        reasonLabel="Reason"
        confirmText="Cancel request"
        isPending={cancel.isPending}
        onConfirm={(reason) => cancel.mutate({ reason }, handlers("cancelled"))}
      />
    </div>
  )
}
