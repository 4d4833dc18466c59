import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { ACCEPTED_IMAGE_TYPES, detectImageType } from "../../../utils/image-type"
import { SubmittedImage } from "../../../workflows/custom-order/submit-custom-order"
import { MAX_REFERENCE_IMAGE_BYTES, MAX_REFERENCE_IMAGES } from "./validators"

const MB = MAX_REFERENCE_IMAGE_BYTES / (1024 * 1024)

const upload = multer({
  storage: multer.memoryStorage(),
  limits: {
    fileSize: MAX_REFERENCE_IMAGE_BYTES,
    files: MAX_REFERENCE_IMAGES,
    fields: 30,
    fieldSize: 64 * 1024,
  },
}).array("images", MAX_REFERENCE_IMAGES)

function describeUploadError(error: unknown): string {
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case "LIMIT_FILE_SIZE":
        return `images: each image must be at most ${MB} MB`
      case "LIMIT_FILE_COUNT":
        return `images: at most ${MAX_REFERENCE_IMAGES} images`
      case "LIMIT_UNEXPECTED_FILE":
        return error.field === "images"
          ? `images: at most ${MAX_REFERENCE_IMAGES} images`
          : `${error.field}: files are accepted only under the field "images"`
      case "LIMIT_FIELD_VALUE":
        return `${error.field}: the value is too long`
      default:
        return `The form could not be read: ${error.message}`
    }
  }
  return "The form could not be read: the multipart body is malformed"
}

/**
 * Reads a multipart/form-data submission (text fields into req.body, images
 * into memory), refusing too many or too large files. JSON bodies pass through.
 */
export function parseReferenceImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) {
    return next()
  }
  upload(req as any, res as any, (error: unknown) => {
    if (error) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeUploadError(error)))
    }
    next()
  })
}

/** Checks each uploaded file by its bytes: a text file named .png is refused, naming the file. */
export function assertReferenceImagesAreImages(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const files = ((req as any).files ?? []) as Express.Multer.File[]
  for (const [index, file] of files.entries()) {
    if (!detectImageType(file.buffer)) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `images[${index}] (${file.originalname}): not an image we accept (${ACCEPTED_IMAGE_TYPES.join(", ")}), judged by its content`
        )
      )
    }
  }
  next()
}

/** The uploaded images, as the submit workflow takes them. */
export function submittedImages(req: MedusaRequest): SubmittedImage[] {
  const files = ((req as any).files ?? []) as Express.Multer.File[]
  return files.map((file) => ({
    original_name: file.originalname.slice(0, 255),
    content_type: detectImageType(file.buffer)!,
    size: file.size,
    content: file.buffer.toString("base64"),
  }))
}
