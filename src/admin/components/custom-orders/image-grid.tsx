import { FocusModal } from "@medusajs/ui"
import { useState } from "react"
import type { AdminCustomOrderImage } from "../../../types/custom-order/http"

type ImageGridProps = {
  images: AdminCustomOrderImage[]
  /** where the backend serves one of them (the admin's session cookie goes along) */
  urlOf: (image: AdminCustomOrderImage) => string
  /** the modal's title when the file has no name */
  label: string
}

/** Thumbnails of private images; a click shows one full size. */
export const ImageGrid = ({ images, urlOf, label }: ImageGridProps) => {
  const [open, setOpen] = useState<AdminCustomOrderImage | null>(null)
  return (
    <>
      <div className="grid grid-cols-3 gap-3 px-6 py-4 sm:grid-cols-4 lg:grid-cols-5">
        {images.map((image) => (
          <button
            key={image.id}
            type="button"
            onClick={() => setOpen(image)}
            className="bg-ui-bg-subtle shadow-borders-base aspect-square overflow-hidden rounded-lg outline-none focus-visible:shadow-borders-focus"
            title={`${image.original_name} (${Math.ceil(image.size / 1024)} KB)`}
          >
            <img src={urlOf(image)} alt={image.original_name} className="h-full w-full object-cover" loading="lazy" />
          </button>
        ))}
      </div>
      <FocusModal open={open !== null} onOpenChange={(isOpen) => !isOpen && setOpen(null)}>
        <FocusModal.Content>
          <FocusModal.Header>
            <FocusModal.Title>{open?.original_name ?? label}</FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex items-center justify-center overflow-auto p-6">
            {open && (
              <img
                src={urlOf(open)}
                alt={open.original_name}
                className="max-h-full max-w-full object-contain"
                data-testid="custom-order-image-full"
              />
            )}
          </FocusModal.Body>
        </FocusModal.Content>
      </FocusModal>
    </>
  )
}
