import { AppEnv } from "./env"

export type SubmissionLimits = {
  /** the sliding window the limits count over */
  windowSeconds: number
  /** requests one IP address may submit per window */
  perIp: number
  /** requests one e-mail address may submit per window */
  perEmail: number
}

export const DEFAULT_SUBMISSION_LIMITS: SubmissionLimits = { windowSeconds: 3600, perIp: 10, perEmail: 5 }

/** Limits on custom order submissions (POST /store/custom-orders), from the environment. */
export function submissionLimits(env: AppEnv): SubmissionLimits {
  return {
    windowSeconds: Number(env.CUSTOM_ORDER_RATE_LIMIT_WINDOW_SECONDS ?? DEFAULT_SUBMISSION_LIMITS.windowSeconds),
    perIp: Number(env.CUSTOM_ORDER_RATE_LIMIT_PER_IP ?? DEFAULT_SUBMISSION_LIMITS.perIp),
    perEmail: Number(env.CUSTOM_ORDER_RATE_LIMIT_PER_EMAIL ?? DEFAULT_SUBMISSION_LIMITS.perEmail),
  }
}

export const DEFAULT_QUOTE_REMINDER_HOURS = 24

/** How long before a quote expires its customer is reminded of it, once (CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY). */
export function quoteReminderHours(env: AppEnv): number {
  return Number(env.CUSTOM_ORDER_REMINDER_HOURS_BEFORE_EXPIRY ?? DEFAULT_QUOTE_REMINDER_HOURS)
}
