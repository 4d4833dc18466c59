/**
 * $52.00, €1,234.50: an amount in its currency as people read it (the
 * dashboard and the e-mails). Pure, so the dashboard bundle can use it too.
 */
export function formatMoney(amount: number, currencyCode: string): string {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}
