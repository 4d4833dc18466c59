import { imageUpload } from "../../utils/image-upload"
import { MAX_REFERENCE_IMAGE_BYTES, MAX_REFERENCE_IMAGES } from "./validators"

/**
 * Reference images of a submission: up to 10 under `images`, 7 MB each,
 * recognised by their bytes. JSON submissions (without images) pass through.
 */
export const referenceImages = imageUpload({
  field: "images",
  maxFiles: MAX_REFERENCE_IMAGES,
  maxBytes: MAX_REFERENCE_IMAGE_BYTES,
})
