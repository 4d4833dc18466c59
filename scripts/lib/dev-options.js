/**
 * The settings `npm run dev` reads from the environment, validated: a bad value
 * stops it with a message naming the variable (never echoing a password).
 */
const DEFAULT_ADMIN_EMAIL = "admin@spirit-beads.test"
const DEFAULT_ADMIN_PASSWORD = "spirit-beads-dev"
const DEFAULT_EMBEDDED_POSTGRES_PORT = 54329
const DEFAULT_PORT = 9000
const DEV_DATABASE_NAME = "spirit_beads"

function parsePort(name, raw, fallback, problems) {
  if (raw === undefined || raw === "") return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`${name} must be a port number between 1 and 65535`)
    return fallback
  }
  return port
}

function readDevOptions(env) {
  const problems = []
  const adminEmail = env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    problems.push("ADMIN_EMAIL must be an e-mail address")
  }
  const adminPassword = env.ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD
  if (adminPassword.length < 8) {
    problems.push("ADMIN_PASSWORD must be at least 8 characters long")
  }
  const options = {
    adminEmail,
    adminPassword,
    usingDefaultAdmin: !env.ADMIN_EMAIL && !env.ADMIN_PASSWORD,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseName: DEV_DATABASE_NAME,
    embeddedPostgresPort: parsePort("EMBEDDED_POSTGRES_PORT", env.EMBEDDED_POSTGRES_PORT, DEFAULT_EMBEDDED_POSTGRES_PORT, problems),
    port: parsePort("PORT", env.PORT, DEFAULT_PORT, problems),
  }
  if (problems.length) {
    throw new Error(`npm run dev cannot start: ${problems.join("; ")}`)
  }
  return options
}

module.exports = {
  DEFAULT_ADMIN_EMAIL,
  DEFAULT_ADMIN_PASSWORD,
  DEFAULT_EMBEDDED_POSTGRES_PORT,
  readDevOptions,
}
