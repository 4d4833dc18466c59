/**
 * The HTTP shapes of the admin custom order routes (src/api/admin/custom-orders),
 * shared by the routes' callers: the dashboard hooks (src/admin/hooks) and tests.
 * Only type imports from the module's pure vocabulary file, so the dashboard
 * bundle pulls in no server code.
 */
import type {
  CustomOrderActorType,
  CustomOrderPaymentStatus,
  CustomOrderStatus,
  LighterType,
  PaymentLinkStatus,
} from "../../modules/custom-order/types"

/** Dates arrive as ISO strings; amounts as numbers in the currency's main unit (52 = 52.00 USD). */
type IsoDate = string

export type AdminCustomOrderImage = {
  id: string
  content_type: string
  size: number
  original_name: string
  created_at?: IsoDate
}

/** A photo of the finished piece, added by an admin (it goes with the shipped message). */
export type AdminCustomOrderPhoto = AdminCustomOrderImage & { created_by: string | null }

export type AdminCustomOrderNote = {
  id: string
  author_id: string
  text: string
  created_at: IsoDate
}

export type AdminCustomOrderQuote = {
  id: string
  version: number
  amount: number
  currency_code: string
  message: string | null
  expires_at: IsoDate | null
  created_by: string | null
  created_at: IsoDate
}

export type AdminCustomOrderStatusChange = {
  id?: string
  from_status: CustomOrderStatus | null
  to_status: CustomOrderStatus
  actor_type: CustomOrderActorType
  actor_id: string | null
  reason: string | null
  created_at: IsoDate
}

export type AdminCustomOrderPayment = {
  id: string
  status: CustomOrderPaymentStatus
  amount: number
  currency_code: string
  refunded_amount: number
  quote_version: number | null
  problem: string | null
  payer_email: string | null
  stripe_payment_intent_id: string | null
  stripe_checkout_session_id: string
  stripe_refund_id: string | null
  created_at: IsoDate
}

export type AdminCustomOrderCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

export type AdminCustomOrderOrder = {
  id: string
  display_id: number
  status: string
}

/** A row of GET /admin/custom-orders (ADMIN_CUSTOM_ORDER_LIST_FIELDS). */
export type AdminCustomOrderListItem = {
  id: string
  status: CustomOrderStatus
  name: string
  email: string
  lighter_type: LighterType | null
  quantity: number
  quote_amount: number | null
  quote_currency_code: string | null
  quote_version: number
  payment_link_status: PaymentLinkStatus
  customer_id: string | null
  order_id: string | null
  created_at: IsoDate
  updated_at: IsoDate
}

/** GET /admin/custom-orders/:id (ADMIN_CUSTOM_ORDER_FIELDS), and the answer of every admin POST on a request. */
export type AdminCustomOrder = AdminCustomOrderListItem & {
  phone: string | null
  description: string
  colors: string | null
  budget: number | null
  needed_by: IsoDate | null
  quote_message: string | null
  quote_expires_at: IsoDate | null
  payment_link_url: string | null
  payment_link_id: string | null
  paid_at: IsoDate | null
  stripe_checkout_session_id: string | null
  stripe_payment_intent_id: string | null
  metadata: Record<string, unknown> | null
  images: AdminCustomOrderImage[]
  photos: AdminCustomOrderPhoto[]
  notes: AdminCustomOrderNote[]
  quotes: AdminCustomOrderQuote[]
  status_history: AdminCustomOrderStatusChange[]
  payments: AdminCustomOrderPayment[]
  customer?: AdminCustomOrderCustomer | null
  order?: AdminCustomOrderOrder | null
}

export type AdminCustomOrderListResponse = {
  custom_orders: AdminCustomOrderListItem[]
  count: number
  offset: number
  limit: number
}

export type AdminCustomOrderResponse = {
  custom_order: AdminCustomOrder
}

/** A date range on created_at; ISO dates or date-times. */
export type AdminCustomOrderDateRange = {
  $gt?: string
  $gte?: string
  $lt?: string
  $lte?: string
}

/** The query of GET /admin/custom-orders (AdminListCustomOrdersParams). */
export type AdminCustomOrderListQuery = {
  q?: string
  status?: CustomOrderStatus[]
  email?: string
  customer_id?: string
  order_id?: string
  created_at?: AdminCustomOrderDateRange
  /** a field, "-" first for descending: "-created_at" (the default) */
  order?: string
  limit?: number
  offset?: number
  fields?: string
}

/** POST /admin/custom-orders/:id/notes */
export type AdminAddCustomOrderNoteBody = { text: string }

/** POST /admin/custom-orders/:id/quote */
export type AdminQuoteCustomOrderBody = {
  amount: number
  currency_code: string
  message?: string | null
  /** ISO date-time; null for no expiry */
  expires_at?: string | null
  /** the version the admin was looking at (0 before the first quote); a stale one is refused */
  quote_version: number
}

/** POST /admin/custom-orders/:id/reject and /cancel */
export type AdminCustomOrderReasonBody = { reason: string }

/** POST /admin/custom-orders/:id/status (the production steps an admin makes) */
export type AdminAdvanceCustomOrderStatusBody = {
  status: CustomOrderStatus.IN_PRODUCTION | CustomOrderStatus.COMPLETED
  reason?: string | null
}

/** Medusa's error answer: { type: "not_allowed", message: "Custom order cord_… is rejected; …" } */
export type AdminCustomOrderError = { type: string; message: string }
