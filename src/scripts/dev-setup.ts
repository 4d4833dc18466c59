import fs from "node:fs"
import path from "node:path"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ensureAdminUser } from "./demo-shop/admin-user"
import { seedDemoShop } from "./demo-shop/seed-demo-shop"

/**
 * Run by `npm run dev` before the server starts (one boot of the app for both):
 * seeds what is missing and makes sure the admin can log in. It leaves the
 * publishable key in .data/dev-shop.json for the dev script's banner; the
 * password is never written anywhere.
 */
export default async function devSetup({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "dev-setup is run by `npm run dev`, which sets ADMIN_EMAIL and ADMIN_PASSWORD"
    )
  }

  const summary = await seedDemoShop(container)
  const admin = await ensureAdminUser(container, { email, password })
  logger.info(`Demo shop ready; added this run: ${JSON.stringify(summary.added)}; admin ${admin.created ? "created" : "already there"}`)

  const infoFile = path.join(process.cwd(), ".data", "dev-shop.json")
  fs.mkdirSync(path.dirname(infoFile), { recursive: true })
  fs.writeFileSync(infoFile, JSON.stringify({ publishableKey: summary.publishableKey, adminEmail: email }, null, 2))
}
