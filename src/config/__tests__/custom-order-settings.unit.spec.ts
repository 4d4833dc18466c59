import { submissionLimits, DEFAULT_SUBMISSION_LIMITS } from "../custom-order-settings"
import { parseAppEnv } from "../env"

describe("submissionLimits", () => {
  it("has defaults", () => {
    expect(submissionLimits(parseAppEnv({}))).toEqual(DEFAULT_SUBMISSION_LIMITS)
  })

  it("reads the environment", () => {
    const env = parseAppEnv({
      CUSTOM_ORDER_RATE_LIMIT_WINDOW_SECONDS: "60",
      CUSTOM_ORDER_RATE_LIMIT_PER_IP: "3",
      CUSTOM_ORDER_RATE_LIMIT_PER_EMAIL: "1",
    })
    expect(submissionLimits(env)).toEqual({ windowSeconds: 60, perIp: 3, perEmail: 1 })
  })

  it.each(["0", "-1", "1.5", "ten"])("refuses %s, naming the variable", (value) => {
    expect(() => parseAppEnv({ CUSTOM_ORDER_RATE_LIMIT_PER_IP: value })).toThrow("CUSTOM_ORDER_RATE_LIMIT_PER_IP")
  })
})
