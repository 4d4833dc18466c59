import { MedusaContainer } from "@medusajs/framework/types"
import { ensureAdminUser } from "../../src/scripts/demo-shop/admin-user"

export const TEST_ADMIN = { email: "admin@spirit-beads.test", password: "test-admin-password" }

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

/** Creates the admin (as `npm run dev` does) and logs in through the real auth route. */
export async function loginAsAdmin(container: MedusaContainer, api: Api) {
  await ensureAdminUser(container, TEST_ADMIN)
  const { data } = await api.post("/auth/user/emailpass", TEST_ADMIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}
