import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { fitsCurrencyPrecision } from "../../../utils/amount-precision"
import { CustomOrderState } from "./types"

export const validateQuoteStepId = "validate-custom-order-quote"

export type QuoteInput = {
  amount: number
  currency_code: string
  message?: string | null
  expires_at?: Date | string | null
  /** the quote_version the admin saw; when given and stale, the quote is refused (someone else quoted meanwhile) */
  quote_version?: number
}

export type ValidateQuoteStepInput = { custom_order: CustomOrderState; quote: QuoteInput; now?: Date }

function invalid(field: string, message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
}

/**
 * A quote must be in one of the store's currencies, have no more decimals than
 * that currency allows, expire in the future, and replace the version the
 * admin was looking at.
 */
export const validateQuoteStep = createStep(
  validateQuoteStepId,
  async ({ custom_order, quote, now }: ValidateQuoteStepInput, { container }) => {
    if (quote.quote_version !== undefined && quote.quote_version !== custom_order.quote_version) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Custom order ${custom_order.id} was quoted by someone else meanwhile (quote version ${custom_order.quote_version}, not ${quote.quote_version}); reload it and revise the new quote`
      )
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const currencyCode = quote.currency_code.toLowerCase()
    const { data: stores } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code"] })
    const storeCurrencies = (stores[0]?.supported_currencies ?? []).map((c: any) => c.currency_code as string)
    if (!storeCurrencies.includes(currencyCode)) {
      invalid("currency_code", `${currencyCode} is not a currency of the store (${storeCurrencies.join(", ")})`)
    }

    const { data: currencies } = await query.graph({
      entity: "currency",
      fields: ["code", "decimal_digits"],
      filters: { code: currencyCode },
    })
    const decimalDigits = Number(currencies[0]?.decimal_digits ?? 2)
    if (!(quote.amount > 0)) {
      invalid("amount", "must be greater than 0")
    }
    if (!fitsCurrencyPrecision(quote.amount, decimalDigits)) {
      invalid("amount", `${currencyCode.toUpperCase()} allows at most ${decimalDigits} decimal places`)
    }

    if (quote.expires_at && new Date(quote.expires_at).getTime() <= (now ?? new Date()).getTime()) {
      invalid("expires_at", "must be in the future")
    }
  }
)
