import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateAccessToken, hashAccessToken } from "../../../modules/custom-order"

export const generateAccessTokenStepId = "generate-custom-order-access-token"

/**
 * A guest's secret access token (a logged-in customer needs none). Only the
 * hash is stored; the token itself is returned once, to the guest. No side
 * effects, so nothing to compensate.
 */
export const generateAccessTokenStep = createStep(
  generateAccessTokenStepId,
  async ({ for_guest }: { for_guest: boolean }) => {
    if (!for_guest) {
      return new StepResponse({ token: null as string | null, hash: null as string | null })
    }
    const token = generateAccessToken()
    return new StepResponse({ token: token as string | null, hash: hashAccessToken(token) as string | null })
  }
)
