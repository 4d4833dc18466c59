import { Container, Heading, Text } from "@medusajs/ui"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { backendUrl } from "../../lib/sdk"
import { ImageGrid } from "./image-grid"

/** The reference images the shopper sent: thumbnails; a click shows one full size. */
export const ImagesSection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const images = customOrder.images ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Reference images</Heading>
      </div>
      {images.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          The shopper sent no images.
        </Text>
      ) : (
        <ImageGrid
          images={images}
          label="Reference image"
          urlOf={(image) => backendUrl(`/admin/custom-orders/${customOrder.id}/images/${image.id}`)}
        />
      )}
    </Container>
  )
}
