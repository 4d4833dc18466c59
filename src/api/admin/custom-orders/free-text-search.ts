import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Escapes LIKE's wildcards so that a search for "50%" finds "50%", not everything. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Turns `q` into a case-insensitive match on name, e-mail or description (after validation). */
export function applyFreeTextSearch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const filters = req.filterableFields as Record<string, unknown>
  if (typeof filters.q === "string") {
    const pattern = likePattern(filters.q)
    delete filters.q
    filters.$or = [{ name: { $ilike: pattern } }, { email: { $ilike: pattern } }, { description: { $ilike: pattern } }]
  }
  next()
}
