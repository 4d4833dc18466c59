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

/**
 * Requests change behind the dashboard's back (Stripe's webhooks, the expiry
 * job, an order's fulfilment): always refetch when a page or widget mounts,
 * rather than showing the dashboard's cached copy for its default 90 s.
 */
const FRESH = { staleTime: 0 } as const

/** GET /admin/custom-orders with this query (one cache entry per query). */
export const useCustomOrders = (query: AdminCustomOrderListQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: customOrderKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminCustomOrderListResponse>(BASE, { query }),
    placeholderData: (previous) => previous,
    ...FRESH,
    ...options,
  })

/** GET /admin/custom-orders/:id: the request with images, notes, quotes, history, customer and order. */
export const useCustomOrder = (id: string) =>
  useQuery({
    queryKey: customOrderKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminCustomOrderResponse>(`${BASE}/${id}`),
    ...FRESH,
  })

/**
 * A change to one request whose answer is { custom_order }: the answer replaces
 * the cached detail, and every list is refetched (status, quote and link changed).
 */
function useCustomOrderMutation<TVariables>(id: string, send: (variables: TVariables) => Promise<AdminCustomOrderResponse>) {
  const queryClient = useQueryClient()
  return useMutation<AdminCustomOrderResponse, FetchError, TVariables>({
    mutationFn: send,
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

/** POST /admin/custom-orders/:id/<action> with a JSON body. */
const useCustomOrderAction = <TBody extends Record<string, unknown>>(id: string, action: string) =>
  useCustomOrderMutation<TBody>(id, (body) =>
    sdk.client.fetch<AdminCustomOrderResponse>(`${BASE}/${id}/${action}`, { method: "POST", body })
  )

export const useAddCustomOrderNote = (id: string) => useCustomOrderAction<AdminAddCustomOrderNoteBody>(id, "notes")
export const useQuoteCustomOrder = (id: string) => useCustomOrderAction<AdminQuoteCustomOrderBody>(id, "quote")
export const useRejectCustomOrder = (id: string) => useCustomOrderAction<AdminCustomOrderReasonBody>(id, "reject")
export const useCancelCustomOrder = (id: string) => useCustomOrderAction<AdminCustomOrderReasonBody>(id, "cancel")
export const useAdvanceCustomOrderStatus = (id: string) =>
  useCustomOrderAction<AdminAdvanceCustomOrderStatusBody>(id, "status")
/** Sends the payment link again (re-created when none is active). */
export const useResendCustomOrderPaymentLink = (id: string) =>
  useCustomOrderAction<Record<string, never>>(id, "payment-link")
/** Uploads photos of the finished piece (multipart, under `photos`). */
export const useAddCustomOrderPhotos = (id: string) =>
  useCustomOrderMutation<File[]>(id, (files) => {
    const form = new FormData()
    files.forEach((file) => form.append("photos", file, file.name))
    // the browser sets multipart/form-data with its boundary
    return sdk.client.fetch<AdminCustomOrderResponse>(`${BASE}/${id}/photos`, {
      method: "POST",
      headers: { "content-type": null },
      body: form,
    })
  })
