import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { FetchError } from "@medusajs/js-sdk"
import type {
  AdminAddCustomOrderNoteBody,
  AdminAdvanceCustomOrderStatusBody,
  AdminCustomOrderListQuery,
  AdminCustomOrderListResponse,
  AdminCustomOrderReasonBody,
  AdminCustomOrderResponse,
  AdminQuoteCustomOrderBody,
} from "../../types/custom-order/http"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export const customOrderKeys = queryKeysFactory("custom_order")

const BASE = "/admin/custom-orders"

/** GET /admin/custom-orders with this query (one cache entry per query). */
export const useCustomOrders = (query: AdminCustomOrderListQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: customOrderKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminCustomOrderListResponse>(BASE, { query }),
    placeholderData: (previous) => previous,
    ...options,
  })

/** GET /admin/custom-orders/:id: the request with images, notes, quotes, history, customer and order. */
export const useCustomOrder = (id: string) =>
  useQuery({
    queryKey: customOrderKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminCustomOrderResponse>(`${BASE}/${id}`),
  })

/**
 * A POST on one request that answers { custom_order }: the answer replaces the
 * cached detail, and every list is refetched (status, quote and link changed).
 */
function useCustomOrderAction<TBody extends Record<string, unknown>>(id: string, action: string) {
  const queryClient = useQueryClient()
  return useMutation<AdminCustomOrderResponse, FetchError, TBody>({
    mutationFn: (body: TBody) =>
      sdk.client.fetch<AdminCustomOrderResponse>(`${BASE}/${id}/${action}`, { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(customOrderKeys.detail(id), data)
      queryClient.invalidateQueries({ queryKey: customOrderKeys.lists() })
    },
    onError: () => {
      // e.g. someone else quoted meanwhile: show what the server has now
      queryClient.invalidateQueries({ queryKey: customOrderKeys.detail(id) })
    },
  })
}

export const useAddCustomOrderNote = (id: string) => useCustomOrderAction<AdminAddCustomOrderNoteBody>(id, "notes")
export const useQuoteCustomOrder = (id: string) => useCustomOrderAction<AdminQuoteCustomOrderBody>(id, "quote")
export const useRejectCustomOrder = (id: string) => useCustomOrderAction<AdminCustomOrderReasonBody>(id, "reject")
export const useCancelCustomOrder = (id: string) => useCustomOrderAction<AdminCustomOrderReasonBody>(id, "cancel")
export const useAdvanceCustomOrderStatus = (id: string) =>
  useCustomOrderAction<AdminAdvanceCustomOrderStatusBody>(id, "status")
/** Sends the payment link again (re-created when none is active). */
export const useResendCustomOrderPaymentLink = (id: string) =>
  useCustomOrderAction<Record<string, never>>(id, "payment-link")
