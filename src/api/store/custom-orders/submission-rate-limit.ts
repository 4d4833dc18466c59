import crypto from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseAppEnv, submissionLimits, SubmissionLimits } from "../../../config"
import { CUSTOM_ORDER_MODULE } from "../../../modules/custom-order"
import CustomOrderModuleService from "../../../modules/custom-order/service"

let limits: SubmissionLimits | undefined
const currentLimits = () => (limits ??= submissionLimits(parseAppEnv(process.env)))

/**
 * The submitter's IP, keyed-hashed with the cookie secret: enough to count
 * submissions per address, without keeping the address. Express's req.ip
 * only trusts X-Forwarded-For when the app is configured to (trust proxy).
 */
export function submitterIpHash(req: MedusaRequest): string {
  const config = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const secret = String(config.projectConfig.http.cookieSecret ?? "")
  return crypto.createHmac("sha256", secret).update(req.ip ?? "unknown").digest("hex")
}

// Medusa has no error type for 429, so this one answer is written here, in Medusa's error shape.
async function refuseIfOverLimit(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
  filter: Record<string, unknown>,
  limit: number,
  what: string
) {
  const { windowSeconds } = currentLimits()
  const since = new Date(Date.now() - windowSeconds * 1000)
  const customOrders = req.scope.resolve<CustomOrderModuleService>(CUSTOM_ORDER_MODULE)
  const [recent, count] = await customOrders.listAndCountCustomOrders(
    { ...filter, created_at: { $gt: since } },
    { select: ["id", "created_at"], order: { created_at: "ASC" }, take: 1, withDeleted: true }
  )
  if (count < limit) {
    return next()
  }
  const oldest = recent[0] ? new Date(recent[0].created_at).getTime() : Date.now()
  const retryAfter = Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - Date.now()) / 1000))
  res.setHeader("Retry-After", String(retryAfter))
  res.status(429).json({
    type: "too_many_requests",
    message: `Too many custom order requests from this ${what}: at most ${limit} per ${windowSeconds / 60} minutes. Try again in ${retryAfter} seconds.`,
  })
}

/** Before the body is read: at most N submissions per IP address per window (429 with Retry-After past it). */
export async function limitSubmissionsPerIp(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await refuseIfOverLimit(req, res, next, { submitter_ip_hash: submitterIpHash(req) }, currentLimits().perIp, "address")
  } catch (error) {
    next(error)
  }
}

/** After validation: at most N submissions per e-mail address per window. */
export async function limitSubmissionsPerEmail(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const email = (req.validatedBody as { email: string }).email
    await refuseIfOverLimit(req, res, next, { email }, currentLimits().perEmail, "e-mail address")
  } catch (error) {
    next(error)
  }
}
