/**
 * One PostgreSQL for the whole test run. Without DB_HOST, an embedded
 * PostgreSQL starts on a free port with its data in a temporary folder (deleted
 * at the end); with DB_HOST, the tests use that server (e.g. DB_HOST=localhost
 * DB_USERNAME=postgres for the machine's PostgreSQL). Each integration test
 * file creates and drops its own database on it.
 */
const os = require("node:os")
const path = require("node:path")
const fs = require("node:fs")
const { findFreePort, startLocalPostgres } = require("../scripts/lib/local-postgres")

module.exports = async function globalSetup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  if (process.env.TEST_TYPE === "unit" || process.env.DB_HOST) {
    return
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "spirit-beads-test-pg-"))
  const logFile = `${dataDir}.log`
  const log = fs.createWriteStream(logFile)
  const postgres = await startLocalPostgres({
    dataDir,
    port: await findFreePort(),
    persistent: false,
    onLog: (line) => log.write(line),
  })
  // The test utilities read these; "localhost" (not 127.0.0.1) keeps SSL off.
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(postgres.port)
  process.env.DB_USERNAME = postgres.user
  process.env.DB_PASSWORD = postgres.password
  process.env.TEST_DATABASE = "embedded PostgreSQL"
  globalThis.__EMBEDDED_POSTGRES__ = { postgres, logFile, log }
}
