import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { CustomOrderStatus } from "../../../modules/custom-order"
import { PRODUCTION_STATUSES } from "../../../workflows/custom-order/advance-custom-order-status"
import { formNumber } from "../../utils/form-values"

/** `status=pending,approved` or `status[]=pending&status[]=approved` */
const statusList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
  z.array(z.enum(CustomOrderStatus)).min(1)
)

const date = z.coerce.date("created_at must be a date")
/** `created_at[$gte]=2026-01-01&created_at[$lt]=2026-02-01`; an unknown operator is refused, not ignored. */
const dateRange = z
  .object({ $gt: date.optional(), $gte: date.optional(), $lt: date.optional(), $lte: date.optional() })
  .strict()

export const AdminListCustomOrdersParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  /** free text over name, e-mail and description */
  q: z.string().trim().min(1).max(200).optional(),
  status: statusList.optional(),
  email: z.string().trim().toLowerCase().max(320).optional(),
  customer_id: z.string().optional(),
  order_id: z.string().optional(),
  created_at: dateRange.optional(),
})
export type AdminListCustomOrdersParamsType = z.infer<typeof AdminListCustomOrdersParams>

export const AdminGetCustomOrderParams = createSelectParams()

export const AdminAddCustomOrderNote = z.object({ text: z.string().trim().min(1).max(5000) }).strict()
export type AdminAddCustomOrderNoteType = z.infer<typeof AdminAddCustomOrderNote>

export const AdminQuoteCustomOrder = z
  .object({
    amount: formNumber(z.number().positive().max(1_000_000)),
    currency_code: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "currency_code must be a 3-letter currency code"),
    message: z.string().trim().max(5000).nullish(),
    expires_at: z.coerce.date("expires_at must be a date").nullish(),
    /** the quote_version the admin is looking at (0 before the first quote); a stale one is refused */
    quote_version: z.number().int().min(0).optional(),
  })
  .strict()
export type AdminQuoteCustomOrderType = z.infer<typeof AdminQuoteCustomOrder>

const reason = z.string().trim().min(1).max(2000)

export const AdminRejectCustomOrder = z.object({ reason }).strict()
export type AdminRejectCustomOrderType = z.infer<typeof AdminRejectCustomOrder>

export const AdminCancelCustomOrder = z.object({ reason }).strict()
export type AdminCancelCustomOrderType = z.infer<typeof AdminCancelCustomOrder>

export const AdminAdvanceCustomOrderStatus = z
  .object({ status: z.enum(PRODUCTION_STATUSES), reason: z.string().trim().max(2000).nullish() })
  .strict()
export type AdminAdvanceCustomOrderStatusType = z.infer<typeof AdminAdvanceCustomOrderStatus>

/** POST /admin/custom-orders/:id/photos: multipart/form-data, the photos under `photos` and no other field. */
export const AdminAddCustomOrderPhotos = z.object({}).strict()
