import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Reads a request back through Query with the route's fields (throws not_found if it is gone). */
export async function refetchCustomOrder(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "custom_order", fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return data[0]
}
