import { Button, Hint, Input, Label, Select, Textarea, toast, usePrompt } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { CustomOrderStatus } from "../../../modules/custom-order/types"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { useQuoteCustomOrder } from "../../hooks/custom-orders"
import { useStoreCurrencies } from "../../hooks/store-currencies"
import { errorMessage, formatDate, formatMoney } from "../../lib/custom-order-format"
import {
  expiryToIso,
  localDateString,
  QuoteFormErrors,
  QuoteFormValues,
  validateQuoteForm,
} from "./quote-form-validation"

function initialValues(customOrder: AdminCustomOrder, defaultCurrency: string | undefined): QuoteFormValues {
  const expiry = customOrder.quote_expires_at ? localDateString(new Date(customOrder.quote_expires_at)) : ""
  return {
    amount: customOrder.quote_amount === null ? "" : String(customOrder.quote_amount),
    currency_code: customOrder.quote_currency_code ?? defaultCurrency ?? "",
    message: customOrder.quote_message ?? "",
    expires_on: expiry > localDateString(new Date()) ? expiry : "",
  }
}

const SUBMIT_LABELS: Partial<Record<CustomOrderStatus, string>> = {
  [CustomOrderStatus.PENDING]: "Quote and approve",
  [CustomOrderStatus.APPROVED]: "Send revised quote",
  [CustomOrderStatus.EXPIRED]: "Quote again",
}

/** Quote (and approve) the request, or revise its quote: a new version with its own payment link. */
export const QuoteForm = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const { data: currencies } = useStoreCurrencies()
  const [values, setValues] = useState<QuoteFormValues>(() => initialValues(customOrder, currencies?.[0]))
  const [errors, setErrors] = useState<QuoteFormErrors>({})
  const quote = useQuoteCustomOrder(customOrder.id)
  const prompt = usePrompt()

  const currency = values.currency_code || currencies?.[0] || ""
  const currencyOptions = [...new Set([...(currencies ?? []), ...(currency ? [currency] : [])])]
  const set = (field: keyof QuoteFormValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const current = { ...values, currency_code: currency }
    const found = validateQuoteForm(current, localDateString(new Date()))
    setErrors(found)
    if (Object.values(found).some(Boolean)) {
      return
    }
    const amount = Number(current.amount)
    const expiresAt = expiryToIso(current.expires_on)
    const confirmed = await prompt({
      title: customOrder.quote_version > 0 ? "Send a revised quote?" : "Send this quote?",
      description:
        `${formatMoney(amount, currency)} to ${customOrder.email}` +
        (expiresAt ? `, valid until ${formatDate(expiresAt)}` : ", with no expiry") +
        `. The request is approved and the customer gets a payment link${customOrder.quote_version > 0 ? "; the previous link stops working" : ""}.`,
      confirmText: "Send quote",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    quote.mutate(
      {
        amount,
        currency_code: currency,
        message: current.message.trim() || null,
        expires_at: expiresAt,
        quote_version: customOrder.quote_version,
      },
      {
        onSuccess: ({ custom_order }) =>
          toast.success(`Quote version ${custom_order.quote_version} sent`, {
            description: `${formatMoney(custom_order.quote_amount, custom_order.quote_currency_code)} to ${custom_order.email}`,
          }),
        onError: (error) => toast.error("The quote was not sent", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 px-6 py-4" aria-label="Quote">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="quote-amount" size="small" weight="plus">Amount</Label>
          <Input id="quote-amount" inputMode="decimal" placeholder="52.00" value={values.amount}
            onChange={(e) => set("amount")(e.target.value)} aria-invalid={!!errors.amount} />
          {errors.amount && <Hint variant="error">{errors.amount}</Hint>}
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="quote-currency" size="small" weight="plus">Currency</Label>
          <Select value={currency} onValueChange={set("currency_code")}>
            <Select.Trigger id="quote-currency" aria-invalid={!!errors.currency_code}>
              <Select.Value placeholder="Currency" />
            </Select.Trigger>
            <Select.Content>
              {currencyOptions.map((code) => (
                <Select.Item key={code} value={code}>{code.toUpperCase()}</Select.Item>
              ))}
            </Select.Content>
          </Select>
          {errors.currency_code && <Hint variant="error">{errors.currency_code}</Hint>}
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="quote-message" size="small" weight="plus">Message to the customer (optional)</Label>
        <Textarea id="quote-message" rows={3} value={values.message} onChange={(e) => set("message")(e.target.value)}
          placeholder="What the price includes, how long it takes" aria-invalid={!!errors.message} />
        {errors.message && <Hint variant="error">{errors.message}</Hint>}
      </div>
      <div className="flex flex-col gap-1 md:w-1/2">
        <Label htmlFor="quote-expires" size="small" weight="plus">Valid until (optional)</Label>
        <Input id="quote-expires" type="date" value={values.expires_on} min={localDateString(new Date(Date.now() + 86_400_000))}
          onChange={(e) => set("expires_on")(e.target.value)} aria-invalid={!!errors.expires_on} />
        {errors.expires_on && <Hint variant="error">{errors.expires_on}</Hint>}
      </div>
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={quote.isPending}>
          {SUBMIT_LABELS[customOrder.status] ?? "Send quote"}
        </Button>
      </div>
    </form>
  )
}
