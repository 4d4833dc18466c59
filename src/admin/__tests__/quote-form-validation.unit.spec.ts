import { expiryToIso, validateQuoteForm } from "../components/custom-orders/quote-form-validation"

const TODAY = "2026-11-29"
const valid = { amount: "45.50", currency_code: "usd", message: "", expires_on: "" }

describe("the quote form's inline checks", () => {
  it("accepts a positive amount in the currency's decimals, with or without an expiry after today", () => {
    expect(validateQuoteForm(valid, TODAY)).toEqual({})
    expect(validateQuoteForm({ ...valid, expires_on: "2026-11-30" }, TODAY)).toEqual({})
    expect(validateQuoteForm({ ...valid, amount: "1200", currency_code: "jpy" }, TODAY)).toEqual({})
    expect(validateQuoteForm({ ...valid, amount: "1.125", currency_code: "kwd" }, TODAY)).toEqual({})
  })

  it.each([
    ["", "Enter the amount"],
    ["0", "Enter an amount greater than 0"],
    ["-3", "Enter an amount greater than 0"],
    ["4,50", "Enter an amount greater than 0"],
    ["1e3", "Enter an amount greater than 0"],
    ["1000001", "At most 1,000,000"],
    ["45.505", "At most 2 decimals in USD"],
  ])("refuses the amount %p: %s", (amount, message) => {
    expect(validateQuoteForm({ ...valid, amount }, TODAY)).toEqual({ amount: message })
  })

  it("knows zero-decimal currencies", () => {
    expect(validateQuoteForm({ ...valid, amount: "1200.5", currency_code: "jpy" }, TODAY)).toEqual({ amount: "JPY has no decimals" })
  })

  it("names every other bad field", () => {
    expect(validateQuoteForm({ ...valid, currency_code: "" }, TODAY)).toEqual({ currency_code: "Choose a currency" })
    expect(validateQuoteForm({ ...valid, message: "x".repeat(5001) }, TODAY)).toEqual({ message: "At most 5000 characters" })
    expect(validateQuoteForm({ ...valid, expires_on: TODAY }, TODAY)).toEqual({ expires_on: "The expiry must be after today" })
    expect(validateQuoteForm({ ...valid, expires_on: "29/11/2026" }, TODAY)).toEqual({ expires_on: "Enter a date" })
  })

  it("makes a quote valid until the end of its chosen local day", () => {
    expect(expiryToIso("")).toBeNull()
    const end = new Date(expiryToIso("2026-12-13")!)
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 11, 13, 23, 59])
  })
})
