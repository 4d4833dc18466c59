import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const CHRONOLOGICAL_LISTS = ["status_history", "notes", "quotes", "images", "payments", "photos"] as const

/** History, notes, quotes, images and photos oldest first (the database promises no order for nested lists). */
export function inChronologicalOrder<T extends Record<string, any>>(customOrder: T): T {
  const sorted: Record<string, any> = { ...customOrder }
  for (const list of CHRONOLOGICAL_LISTS) {
    if (Array.isArray(sorted[list])) {
      sorted[list] = [...sorted[list]].sort(
        (a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() || String(a.id).localeCompare(String(b.id))
      )
    }
  }
  return sorted as T
}

/** Reads a request back through Query with the route's fields (throws not_found if it is gone). */
export async function refetchCustomOrder(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "custom_order", fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return inChronologicalOrder(data[0])
}
