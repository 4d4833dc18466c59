import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { SALES_CHANNEL_NAME } from "./catalog"

export async function ensureSalesChannel(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) {
    return { salesChannel: existing, created: false }
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: SALES_CHANNEL_NAME, description: "The shop's own storefront." },
      ],
    },
  })
  return { salesChannel: result[0], created: true }
}
