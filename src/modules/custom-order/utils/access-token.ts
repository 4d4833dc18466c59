import crypto from "node:crypto"

/**
 * The guest access token: shown to the shopper once, stored only as a SHA-256
 * hash. 32 random bytes make guessing hopeless, so a fast hash is enough.
 */
export function generateAccessToken(): string {
  return crypto.randomBytes(32).toString("base64url")
}

export function hashAccessToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex")
}

/** Constant-time comparison of a presented token with a stored hash. */
export function accessTokenMatches(token: string | undefined | null, hash: string | null | undefined): boolean {
  if (!token || !hash) {
    return false
  }
  const presented = Buffer.from(hashAccessToken(token), "hex")
  const stored = Buffer.from(hash, "hex")
  return presented.length === stored.length && crypto.timingSafeEqual(presented, stored)
}
