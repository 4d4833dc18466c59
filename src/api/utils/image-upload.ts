import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { ACCEPTED_IMAGE_TYPES, detectImageType } from "../../utils/image-type"
import { SubmittedImage } from "../../workflows/custom-order/submit-custom-order"

export type ImageUploadRules = {
  /** the form field the files come under */
  field: string
  maxFiles: number
  maxBytes: number
  /** refuse a form without any file */
  required?: boolean
}

/**
 * Middlewares for images uploaded as multipart/form-data, with one set of
 * checks for every route that takes them (reference images, photos of the
 * finished piece): at most `maxFiles` files of `maxBytes` each, under `field`
 * only, each recognised as an image we accept by its bytes. The files stay in
 * memory; `uploadedImages` hands them to a workflow.
 */
export function imageUpload(rules: ImageUploadRules) {
  const { field, maxFiles, maxBytes } = rules
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: maxFiles, fields: 30, fieldSize: 64 * 1024 },
  }).array(field, maxFiles)

  function describeUploadError(error: unknown): string {
    if (error instanceof multer.MulterError) {
      switch (error.code) {
        case "LIMIT_FILE_SIZE":
          return `${field}: each image must be at most ${maxBytes / (1024 * 1024)} MB`
        case "LIMIT_FILE_COUNT":
          return `${field}: at most ${maxFiles} images`
        case "LIMIT_UNEXPECTED_FILE":
          return error.field === field
            ? `${field}: at most ${maxFiles} images`
            : `${error.field}: files are accepted only under the field "${field}"`
        case "LIMIT_FIELD_VALUE":
          return `${error.field}: the value is too long`
        default:
          return `The form could not be read: ${error.message}`
      }
    }
    return "The form could not be read: the multipart body is malformed"
  }

  /** Reads a multipart/form-data body (text fields into req.body, files into memory). Other bodies pass through, unless files are required. */
  function parse(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (!req.is("multipart/form-data")) {
      return next(
        rules.required
          ? new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: send the images as multipart/form-data`)
          : undefined
      )
    }
    upload(req as any, res as any, (error: unknown) => {
      if (error) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeUploadError(error)))
      }
      next()
    })
  }

  /** Checks each file by its bytes: a text file named .png is refused, naming the file. */
  function assertImages(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const files = uploadedFiles(req)
    if (rules.required && !files.length) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: at least one image is required`))
    }
    for (const [index, file] of files.entries()) {
      if (!detectImageType(file.buffer)) {
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${field}[${index}] (${file.originalname}): not an image we accept (${ACCEPTED_IMAGE_TYPES.join(", ")}), judged by its content`
          )
        )
      }
    }
    next()
  }

  return { parse, assertImages }
}

const uploadedFiles = (req: MedusaRequest) => ((req as any).files ?? []) as Express.Multer.File[]

/** The uploaded images, as the workflows take them (type from the bytes, content in base64). */
export function uploadedImages(req: MedusaRequest): SubmittedImage[] {
  return uploadedFiles(req).map((file) => ({
    original_name: file.originalname.slice(0, 255),
    content_type: detectImageType(file.buffer)!,
    size: file.size,
    content: file.buffer.toString("base64"),
  }))
}
