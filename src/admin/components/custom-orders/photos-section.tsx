import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { ChangeEvent, useRef } from "react"
import { canAddPhotos } from "../../../modules/custom-order/utils/production-rules"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { useAddCustomOrderPhotos } from "../../hooks/custom-orders"
import { errorMessage } from "../../lib/custom-order-format"
import { backendUrl } from "../../lib/sdk"
import { ImageGrid } from "./image-grid"

/** The same types the server accepts (it checks the bytes, too). */
const ACCEPTED = "image/jpeg,image/png,image/webp,image/gif"

/** Photos of the finished piece: they go to the customer with the message that it has shipped. */
export const PhotosSection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const input = useRef<HTMLInputElement>(null)
  const addPhotos = useAddCustomOrderPhotos(customOrder.id)
  const photos = customOrder.photos ?? []
  const canAdd = canAddPhotos(customOrder.status)
  if (!canAdd && photos.length === 0) {
    return null
  }

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [])
    event.target.value = "" // the same file can be chosen again after an error
    if (files.length === 0) {
      return
    }
    addPhotos.mutate(files, {
      onSuccess: () => toast.success(files.length === 1 ? "Photo added" : `${files.length} photos added`),
      onError: (error) => toast.error("The photos were not added", { description: errorMessage(error) }),
    })
  }

  return (
    <Container className="divide-y p-0" data-testid="photos-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Photos of the finished piece</Heading>
          <Text size="small" className="text-ui-fg-subtle">Sent to the customer with the shipped message.</Text>
        </div>
        {canAdd && (
          <>
            <input ref={input} type="file" accept={ACCEPTED} multiple hidden onChange={onFiles} aria-label="Photos" />
            <Button size="small" variant="secondary" isLoading={addPhotos.isPending} onClick={() => input.current?.click()}>
              Add photos
            </Button>
          </>
        )}
      </div>
      {photos.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">No photos yet.</Text>
      ) : (
        <ImageGrid
          images={photos}
          label="Photo"
          urlOf={(photo) => backendUrl(`/admin/custom-orders/${customOrder.id}/photos/${photo.id}`)}
        />
      )}
    </Container>
  )
}
