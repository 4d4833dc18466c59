import { StripeObject } from "./types"

export interface StripeErrorBody {
  type: "invalid_request_error" | "api_error" | "card_error" | "idempotency_error"
  message: string
  code?: string
  param?: string
  decline_code?: string
  payment_intent?: StripeObject
  charge?: string
  payment_method?: StripeObject
}

/**
 * An answer in Stripe's error shape: {error: {type, code, param, message}}.
 * `replayable` says whether an idempotent retry gets this same answer: Stripe
 * saves a result only once the endpoint started executing, so validation
 * failures are not saved and state errors (unexpected state, already refunded,
 * card declined) are.
 */
export class StripeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    readonly replayable = false
  ) {
    super(body.message)
  }
}

const invalid = (message: string, extra: Partial<StripeErrorBody> = {}, status = 400) =>
  new StripeHttpError(status, { type: "invalid_request_error", message, ...extra })

export const unknownParameter = (param: string) =>
  invalid(`Received unknown parameter: ${param}`, { code: "parameter_unknown", param })

export const missingParameter = (param: string) =>
  invalid(`Missing required param: ${param}.`, { code: "parameter_missing", param })

export const emptyParameter = (param: string) =>
  invalid(
    `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; ` +
      `however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
    { code: "parameter_invalid_empty", param }
  )

export const invalidParameter = (param: string, message: string, code?: string) =>
  invalid(message, { param, ...(code ? { code } : {}) })

export const exclusiveParameters = (params: string[]) =>
  invalid(`You may only specify one of these parameters: ${params.join(", ")}.`, {
    code: "parameters_exclusive",
    param: params[1],
  })

/** 404 for an unknown id in the path; with `param`, an unknown id given in a parameter. */
export const noSuch = (what: string, id: string, param?: string) =>
  invalid(`No such ${what}: '${id}'`, { code: "resource_missing", ...(param ? { param } : {}) }, 404)

/** A request the current state of an object does not allow; saved for idempotent replays. */
export const stateError = (message: string, extra: Partial<StripeErrorBody> = {}) =>
  new StripeHttpError(400, { type: "invalid_request_error", message, ...extra }, true)

/** `done` is the past participle: "captured", "canceled", "confirmed", "updated". */
export const unexpectedIntentState = (intent: StripeObject, done: string, allowed: string[]) =>
  stateError(
    `This PaymentIntent could not be ${done} because it has a status of ${intent.status}. ` +
      `Only a PaymentIntent with one of the following statuses may be ${done}: ${allowed.join(", ")}.`,
    { code: "payment_intent_unexpected_state", payment_intent: structuredClone(intent) }
  )

export const unauthorized = (message: string) => invalid(message, {}, 401)

export const apiError = (message = "Something went wrong on Stripe's end (injected by the fake).") =>
  new StripeHttpError(500, { type: "api_error", message })
