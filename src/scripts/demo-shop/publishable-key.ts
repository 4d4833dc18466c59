import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { PUBLISHABLE_KEY_TITLE } from "./catalog"

/** The storefront's publishable API key, scoped to the shop's sales channel. */
export async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const findKey = async () => {
    const { data } = await query.graph({
      entity: "api_key",
      fields: ["id", "token", "revoked_at", "sales_channels.id"],
      filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
    })
    return data.find((key) => !key.revoked_at)
  }

  let created = false
  let key = await findKey()
  if (!key) {
    await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = await findKey()
    created = true
  }
  if (!key!.sales_channels?.some((sc: { id: string } | null) => sc?.id === salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key!.id, add: [salesChannelId] },
    })
    created = true
  }
  return { publishableKey: key!.token as string, created }
}
