import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { LighterType } from "../../../modules/custom-order"
import { emptyToUndefined, formNumber, optionalFormText } from "../../utils/form-values"

export const MAX_REFERENCE_IMAGES = 10
export const MAX_REFERENCE_IMAGE_BYTES = 7 * 1024 * 1024
export const MIN_DESCRIPTION_LENGTH = 10

/** Today's date (UTC) as YYYY-MM-DD: a needed-by date may be today or later. */
const todayIso = () => new Date().toISOString().slice(0, 10)

// Medusa prints its own message, naming the field, for type, size and enum errors; for format and
// refinement errors it prints ours alone, so those name their field themselves.

/** POST /store/custom-orders, as JSON or as the text fields of a multipart form (images come as files). */
export const StoreSubmitCustomOrder = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
      z.email("email must be an e-mail address").max(320)
    ),
    description: z
      .string()
      .trim()
      .min(MIN_DESCRIPTION_LENGTH)
      .max(5000),
    colors: optionalFormText(500),
    phone: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^\+?[\d\s().-]{5,40}$/, "phone must be a phone number (digits, spaces, + ( ) . -)")
        .optional()
    ),
    lighter_type: z.preprocess(emptyToUndefined, z.enum(LighterType).optional()),
    quantity: formNumber(z.number().int().min(1).max(100).optional()).default(1),
    budget: formNumber(z.number().positive().max(1_000_000).optional()),
    needed_by: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "needed_by must be a date as YYYY-MM-DD")
        .refine((d) => !Number.isNaN(Date.parse(d)), "needed_by must be a real date")
        .refine((d) => d >= todayIso(), "needed_by must not be in the past")
        .optional()
    ),
  })
  .strict()
export type StoreSubmitCustomOrderType = z.infer<typeof StoreSubmitCustomOrder>

/** POST /store/custom-orders/:id/cancel */
export const StoreCancelCustomOrder = z
  .object({ reason: z.preprocess(emptyToUndefined, z.string().trim().max(2000).optional()) })
  .strict()
export type StoreCancelCustomOrderType = z.infer<typeof StoreCancelCustomOrder>

export const StoreGetCustomOrderParams = createSelectParams()

export const StoreListCustomOrdersParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" })
