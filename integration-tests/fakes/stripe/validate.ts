import { emptyParameter, invalidParameter, missingParameter, unknownParameter } from "./errors"
import { Params } from "./types"

/**
 * Per-endpoint allow-lists of parameters, nested keys included. Anything not
 * listed is refused with `parameter_unknown`, as Stripe does, so code tested
 * against the fake cannot send a parameter Stripe would refuse. (The lists hold
 * only what the fake models; Stripe accepts more.)
 */
export type Spec =
  | { kind: "string" | "bool" | "metadata" | "url" | "currency" | "any"; required?: boolean }
  | { kind: "int"; required?: boolean; min?: number }
  | { kind: "enum"; values: readonly string[]; required?: boolean }
  | { kind: "array"; of: Spec; required?: boolean }
  | { kind: "object"; fields: Fields; required?: boolean }

export type Fields = Record<string, Spec>

export const str = (): Spec => ({ kind: "string" })
export const int = (min?: number): Spec => ({ kind: "int", min })
export const bool = (): Spec => ({ kind: "bool" })
export const url = (): Spec => ({ kind: "url" })
export const currency = (): Spec => ({ kind: "currency" })
export const metadata = (): Spec => ({ kind: "metadata" })
/** Passed through unchecked: sub-objects the fake stores but does not model (e.g. payment_method_options). */
export const opaque = (): Spec => ({ kind: "any" })
export const oneOf = (...values: string[]): Spec => ({ kind: "enum", values })
export const arr = (of: Spec): Spec => ({ kind: "array", of })
export const obj = (fields: Fields): Spec => ({ kind: "object", fields })
export const req = (spec: Spec): Spec => ({ ...spec, required: true })

/** Parameters every endpoint accepts. */
const COMMON: Fields = { expand: arr(str()) }

/**
 * Checks `params` against `fields` and returns them coerced: integers and
 * booleans become numbers and booleans; "" (Stripe's "unset") becomes null.
 * Unknown keys are reported before missing ones, as Stripe does.
 */
export function validate(params: Params, fields: Fields): Params {
  return checkObject(params, { ...COMMON, ...fields }, "")
}

const pathOf = (parent: string, key: string | number) => (parent ? `${parent}[${key}]` : String(key))

function checkObject(value: Params, fields: Fields, path: string): Params {
  for (const key of Object.keys(value)) {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) {
      throw unknownParameter(pathOf(path, key))
    }
  }
  for (const [key, spec] of Object.entries(fields)) {
    if (spec.required && value[key] === undefined) {
      throw missingParameter(pathOf(path, key))
    }
  }
  const out: Params = {}
  for (const [key, raw] of Object.entries(value)) {
    out[key] = check(raw, fields[key], pathOf(path, key))
  }
  return out
}

const MAX_METADATA_KEYS = 50

function check(raw: unknown, spec: Spec, path: string): unknown {
  if (raw === "") {
    if (spec.required) {
      throw emptyParameter(path)
    }
    return spec.kind === "any" ? "" : null
  }
  const isText = typeof raw === "string"
  switch (spec.kind) {
    case "any":
      return raw
    case "string":
    case "url":
    case "currency":
      if (!isText) {
        throw invalidParameter(path, `Invalid string: ${JSON.stringify(raw)}`)
      }
      if (spec.kind === "url" && !isUrl(raw)) {
        throw invalidParameter(path, `Not a valid URL`, "url_invalid")
      }
      if (spec.kind === "currency") {
        if (!/^[a-zA-Z]{3}$/.test(raw)) {
          throw invalidParameter(path, `Invalid currency: ${raw}.`)
        }
        return raw.toLowerCase()
      }
      return raw
    case "int": {
      if (!isText || !/^-?\d+$/.test(raw)) {
        throw invalidParameter(path, `Invalid integer: ${String(raw)}`, "parameter_invalid_integer")
      }
      const n = Number(raw)
      if (spec.min !== undefined && n < spec.min) {
        throw invalidParameter(path, `This value must be greater than or equal to ${spec.min}.`, "parameter_invalid_integer")
      }
      return n
    }
    case "bool":
      if (raw !== "true" && raw !== "false") {
        throw invalidParameter(path, `Invalid boolean: ${String(raw)}`)
      }
      return raw === "true"
    case "enum":
      if (!isText || !spec.values.includes(raw)) {
        throw invalidParameter(path, `Invalid ${path}: must be one of ${spec.values.join(", ")}`)
      }
      return raw
    case "metadata":
      return checkMetadata(raw, path)
    case "array":
      if (!Array.isArray(raw)) {
        throw invalidParameter(path, `Invalid array`)
      }
      return raw.flatMap((item, i) => (item === undefined ? [] : [check(item, spec.of, pathOf(path, i))]))
    case "object":
      if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
        throw invalidParameter(path, `Invalid object`)
      }
      return checkObject(raw as Params, spec.fields, path)
  }
}

/** Stripe's limits: up to 50 keys, keys up to 40 characters, values up to 500. "" values stay (they delete on merge). */
function checkMetadata(raw: unknown, path: string): Record<string, string> {
  if (Array.isArray(raw)) {
    raw = Object.fromEntries(Object.entries(raw)) // numeric keys were parsed as array indices
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    throw invalidParameter(path, `Invalid object`)
  }
  const entries = Object.entries(raw)
  if (entries.length > MAX_METADATA_KEYS) {
    throw invalidParameter(path, `Invalid ${path}: metadata can have up to ${MAX_METADATA_KEYS} keys`)
  }
  for (const [key, value] of entries) {
    if (typeof value !== "string") {
      throw invalidParameter(pathOf(path, key), `Invalid string: ${JSON.stringify(value)}`)
    }
    if (key.length > 40) {
      throw invalidParameter(pathOf(path, key), `Metadata keys must be at most 40 characters`)
    }
    if (value.length > 500) {
      throw invalidParameter(pathOf(path, key), `Metadata values must be at most 500 characters`)
    }
  }
  return raw as Record<string, string>
}

function isUrl(value: string): boolean {
  try {
    const parsed = new URL(value)
    return parsed.protocol === "https:" || parsed.protocol === "http:"
  } catch {
    return false
  }
}

/** Metadata on create: keys given "" are simply not set. */
export function initialMetadata(given: Record<string, string> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== ""))
}

/** Metadata on update: merged key by key; a "" value deletes its key; `metadata=""` (null here) clears all. */
export function mergeMetadata(
  current: Record<string, string>,
  given: Record<string, string> | null | undefined
): Record<string, string> {
  if (given === undefined) {
    return current
  }
  if (given === null) {
    return {}
  }
  const next = { ...current }
  for (const [key, value] of Object.entries(given)) {
    if (value === "") {
      delete next[key]
    } else {
      next[key] = value
    }
  }
  return next
}

/** Update parameters that exist but cannot be unset with "". */
export function cannotUnset(p: Params, keys: string[]): void {
  for (const key of keys) {
    if (p[key] === null) {
      throw emptyParameter(key)
    }
  }
}
