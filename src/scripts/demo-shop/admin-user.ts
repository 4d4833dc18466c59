import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

const AUTH_PROVIDER = "emailpass"

/**
 * Makes sure an admin can log in with these credentials: creates the user and
 * its email/password identity when missing, and otherwise sets the password,
 * so the credentials that `npm run dev` prints always work.
 */
export async function ensureAdminUser(
  container: MedusaContainer,
  { email, password }: { email: string; password: string }
) {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)

  let [user] = await users.listUsers({ email })
  const userCreated = !user
  if (!user) {
    const { result } = await createUsersWorkflow(container).run({
      input: { users: [{ email }] },
    })
    user = result[0]
  }

  const [identity] = await auth.listAuthIdentities({
    provider_identities: { entity_id: email, provider: AUTH_PROVIDER },
  })
  if (identity) {
    await auth.updateProvider(AUTH_PROVIDER, { entity_id: email, password })
    return { userId: user.id, created: userCreated }
  }

  const { authIdentity, error } = await auth.register(AUTH_PROVIDER, {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not create the admin login: ${error}`)
  }
  await auth.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  return { userId: user.id, created: true }
}
