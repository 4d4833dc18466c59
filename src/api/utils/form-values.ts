import { z } from "@medusajs/framework/zod"

/**
 * Zod pieces for bodies that come as JSON or as multipart/form-data, where
 * every value is a string: "" means "not given", "3" is the number 3, and
 * "three" stays a string so that validation names the field instead of
 * failing later (the old shop answered a string quantity with a 500).
 */
export const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value

const numberFromForm = (value: unknown) => {
  const v = emptyToUndefined(value)
  return typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v
}

/** A number given as JSON or as form text; `schema` says what is valid (z.number()... , optional or not). */
export const formNumber = <T extends z.ZodType>(schema: T) => z.preprocess(numberFromForm, schema)
export const optionalFormText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max).optional())
