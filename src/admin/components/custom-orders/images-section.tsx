import { Container, FocusModal, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminCustomOrder, AdminCustomOrderImage } from "../../../types/custom-order/http"
import { backendUrl } from "../../lib/sdk"

const imageUrl = (customOrderId: string, image: AdminCustomOrderImage) =>
  backendUrl(`/admin/custom-orders/${customOrderId}/images/${image.id}`)

/** The reference images: thumbnails; a click shows one full size. */
export const ImagesSection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const [open, setOpen] = useState<AdminCustomOrderImage | null>(null)
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
        <div className="grid grid-cols-3 gap-3 px-6 py-4 sm:grid-cols-4 lg:grid-cols-5">
          {images.map((image) => (
            <button
              key={image.id}
              type="button"
              onClick={() => setOpen(image)}
              className="bg-ui-bg-subtle shadow-borders-base aspect-square overflow-hidden rounded-lg outline-none focus-visible:shadow-borders-focus"
              title={`${image.original_name} (${Math.ceil(image.size / 1024)} KB)`}
            >
              <img
                src={imageUrl(customOrder.id, image)}
                alt={image.original_name}
                className="h-full w-full object-cover"
                loading="lazy"
              />
            </button>
          ))}
        </div>
      )}
      <FocusModal open={open !== null} onOpenChange={(isOpen) => !isOpen && setOpen(null)}>
        <FocusModal.Content>
          <FocusModal.Header>
            <FocusModal.Title>{open?.original_name ?? "Reference image"}</FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex items-center justify-center overflow-auto p-6">
            {open && (
              <img
                src={imageUrl(customOrder.id, open)}
                alt={open.original_name}
                className="max-h-full max-w-full object-contain"
                data-testid="custom-order-image-full"
              />
            )}
          </FocusModal.Body>
        </FocusModal.Content>
      </FocusModal>
    </Container>
  )
}
