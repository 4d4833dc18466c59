import Medusa from "@medusajs/js-sdk"

/** The backend the dashboard talks to: the same origin unless VITE_BACKEND_URL says otherwise. */
export const BACKEND_URL = (import.meta.env.VITE_BACKEND_URL as string | undefined) || "/"

/** The dashboard's single js-sdk instance; the admin's session cookie authenticates every call. */
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** An absolute or same-origin URL of a backend path, for <img src> and links (the session cookie goes along). */
export function backendUrl(path: string): string {
  return `${BACKEND_URL.replace(/\/$/, "")}${path}`
}
