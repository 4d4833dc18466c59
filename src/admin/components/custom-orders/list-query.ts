import type { CustomOrderStatus } from "../../../modules/custom-order/types"
import type { AdminCustomOrderDateRange, AdminCustomOrderListQuery } from "../../../types/custom-order/http"

export const PAGE_SIZE = 20

export type CustomOrderTableState = {
  pageIndex: number
  pageSize: number
  search: string
  /** the DataTable's filters: status (a list of statuses), created_at (a date range) */
  filtering: Record<string, unknown>
}

const DAY_MS = 24 * 60 * 60 * 1000

function startOfDay(iso: string): Date {
  const d = new Date(iso)
  d.setHours(0, 0, 0, 0)
  return d
}

/**
 * The date filter gives whole days (local midnight): "from" counts from the
 * start of its day, "to" includes its whole day, so the range becomes
 * [start of from, start of the day after to).
 */
export function toCreatedAtRange(value: unknown): AdminCustomOrderDateRange | undefined {
  if (!value || typeof value !== "object") {
    return undefined
  }
  const { $gte, $lte, $gt, $lt } = value as AdminCustomOrderDateRange
  const range: AdminCustomOrderDateRange = {}
  if ($gte) range.$gte = startOfDay($gte).toISOString()
  if ($gt) range.$gt = $gt
  if ($lte) range.$lt = new Date(startOfDay($lte).getTime() + DAY_MS).toISOString()
  if ($lt) range.$lt = $lt
  return Object.keys(range).length ? range : undefined
}

/** The table's state as the query of GET /admin/custom-orders: newest first, one page. */
export function toListQuery(state: CustomOrderTableState): AdminCustomOrderListQuery {
  const query: AdminCustomOrderListQuery = {
    limit: state.pageSize,
    offset: state.pageIndex * state.pageSize,
    order: "-created_at",
  }
  const q = state.search.trim()
  if (q) {
    query.q = q
  }
  const status = state.filtering.status
  if (Array.isArray(status) && status.length) {
    query.status = status as CustomOrderStatus[]
  }
  const createdAt = toCreatedAtRange(state.filtering.created_at)
  if (createdAt) {
    query.created_at = createdAt
  }
  return query
}
