import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export const storeKeys = queryKeysFactory("custom_order_store")

/** The store's currencies (quotes must be in one of them), the default first. */
export const useStoreCurrencies = () =>
  useQuery({
    queryKey: storeKeys.list({ fields: "supported_currencies" }),
    queryFn: async () => {
      const { stores } = await sdk.admin.store.list({ fields: "id,supported_currencies.*" })
      const currencies = stores[0]?.supported_currencies ?? []
      return [...currencies]
        .sort((a, b) => Number(b.is_default) - Number(a.is_default))
        .map((c) => c.currency_code.toLowerCase())
    },
    staleTime: 5 * 60 * 1000,
  })
