#!/usr/bin/env node
/**
 * `npm run dev`: the whole shop on this machine with no configuration.
 *
 * 1. Without DATABASE_URL, starts an embedded PostgreSQL with its data in
 *    .data/postgres (kept between runs) and creates the database once.
 * 2. Applies Medusa's migrations (and our modules' and links').
 * 3. Seeds the demo shop where anything is missing and makes sure the admin
 *    (ADMIN_EMAIL / ADMIN_PASSWORD, or development defaults) can log in.
 * 4. Runs `medusa develop` (API on :9000, dashboard on /app) and, once it is
 *    healthy, prints the URLs, the admin login and the publishable API key.
 * Ctrl-C stops Medusa, then PostgreSQL.
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { readDevOptions } = require("./lib/dev-options")
const { startLocalPostgres } = require("./lib/local-postgres")
const { migrationFingerprint, readRecordedFingerprint } = require("./lib/migration-fingerprint")
const { forgetProcessGroup, recordProcessGroup, stopOrphanProcessGroup } = require("./lib/orphan-process-group")
const { acquireProcessLock } = require("./lib/process-lock")

const ROOT = path.resolve(__dirname, "..")
const DATA_DIR = path.join(ROOT, ".data")
const PATHS = {
  postgresData: path.join(DATA_DIR, "postgres"),
  postgresLog: path.join(DATA_DIR, "postgres.log"),
  setupLog: path.join(DATA_DIR, "dev-setup.log"),
  devLock: path.join(DATA_DIR, "dev.pid"),
  devInfo: path.join(DATA_DIR, "dev-shop.json"),
  serverGroup: path.join(DATA_DIR, "medusa.pid"),
  migrated: path.join(DATA_DIR, "migrated.sha256"),
}
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const HEALTH_TIMEOUT_MS = 300_000

const startedAt = Date.now()
const say = (message) => console.log(`[dev] ${message}`)
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`

/** Runs a Medusa CLI command with its output in .data/dev-setup.log; on failure shows the end of it. */
function runSetupCommand(args, env) {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(PATHS.setupLog, "a")
    fs.writeSync(log, `\n$ medusa ${args.join(" ")}\n`)
    const child = spawn(MEDUSA_BIN, args, { cwd: ROOT, env, stdio: ["ignore", log, log] })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      fs.closeSync(log)
      if (code === 0) return resolve()
      const tail = fs.readFileSync(PATHS.setupLog, "utf8").split("\n").slice(-30).join("\n")
      reject(new Error(`\`medusa ${args.join(" ")}\` failed (${signal ?? `exit code ${code}`}):\n${tail}`))
    })
  })
}

async function waitForHealth(url, isRunning) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS
  while (Date.now() < deadline && isRunning()) {
    try {
      const res = await fetch(url)
      if (res.ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

function printBanner({ port, options, info }) {
  const base = `http://localhost:${port}`
  const lines = [
    "",
    "Spirit Beads is running",
    "",
    `  Store API      ${base}/store   (header x-publishable-api-key: ${info.publishableKey})`,
    `  Admin API      ${base}/admin`,
    `  Dashboard      ${base}/app`,
    `  Admin login    ${options.adminEmail} / ${options.adminPassword}${options.usingDefaultAdmin ? "   (development default; set ADMIN_EMAIL and ADMIN_PASSWORD to choose)" : ""}`,
    `  Database       ${options.databaseUrl ? "DATABASE_URL" : `embedded PostgreSQL on port ${options.embeddedPostgresPort}, data in .data/postgres`}`,
    "",
    `  Ready in ${elapsed()}. Ctrl-C stops the server${options.databaseUrl ? "" : " and PostgreSQL"}.`,
    "",
  ]
  console.log(lines.join("\n"))
}

async function main() {
  const envFile = path.join(ROOT, ".env")
  if (fs.existsSync(envFile)) {
    process.loadEnvFile(envFile)
  }
  const options = readDevOptions(process.env)

  const lock = acquireProcessLock(PATHS.devLock)
  if (!lock.acquired) {
    throw new Error(`Another \`npm run dev\` is running (pid ${lock.holder}); stop it first.`)
  }
  fs.rmSync(PATHS.setupLog, { force: true })
  const orphan = await stopOrphanProcessGroup(PATHS.serverGroup, "medusa")
  if (orphan) {
    say(`Stopped a Medusa server (pid ${orphan}) that an earlier run left running`)
  }

  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV || "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(options.port),
    ADMIN_EMAIL: options.adminEmail,
    ADMIN_PASSWORD: options.adminPassword,
  }

  let postgres = null
  let server = null
  let stopping = false
  const shutdown = async (code) => {
    if (stopping) return
    stopping = true
    if (server && server.exitCode === null) {
      say("Stopping Medusa")
      const exited = new Promise((resolve) => server.once("exit", resolve))
      process.kill(-server.pid, "SIGINT")
      const timer = setTimeout(() => process.kill(-server.pid, "SIGKILL"), 15_000)
      await exited
      clearTimeout(timer)
      forgetProcessGroup(PATHS.serverGroup)
    }
    if (postgres) {
      say("Stopping PostgreSQL")
      await postgres.stop()
    }
    lock.release()
    process.exit(code)
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))
  process.on("SIGHUP", () => shutdown(0))

  try {
    if (options.databaseUrl) {
      say("Using the database in DATABASE_URL; no embedded PostgreSQL")
    } else {
      fs.mkdirSync(DATA_DIR, { recursive: true })
      const pgLog = fs.createWriteStream(PATHS.postgresLog, { flags: "a" })
      postgres = await startLocalPostgres({
        dataDir: PATHS.postgresData,
        port: options.embeddedPostgresPort,
        persistent: true,
        ownSignalHandling: true,
        onLog: (line) => pgLog.write(line.endsWith("\n") ? line : `${line}\n`),
        notice: say,
      })
      if (await postgres.ensureDatabase(options.databaseName)) {
        say(`Created database ${options.databaseName}`)
      }
      env.DATABASE_URL = postgres.url(options.databaseName)
      say(`PostgreSQL is up on port ${options.embeddedPostgresPort} (${elapsed()})`)
    }

    // With DATABASE_URL the database may change behind our back: always migrate it.
    const fingerprint = migrationFingerprint(ROOT, env.DATABASE_URL)
    const forceMigrate = process.argv.includes("--migrate")
    if (!forceMigrate && !options.databaseUrl && readRecordedFingerprint(PATHS.migrated) === fingerprint) {
      say("Schema unchanged since the last run; skipping migrations (`npm run dev -- --migrate` forces them)")
    } else {
      say("Applying migrations (log: .data/dev-setup.log)")
      fs.rmSync(PATHS.migrated, { force: true })
      await runSetupCommand(["db:migrate"], env)
      fs.writeFileSync(PATHS.migrated, fingerprint)
      say(`Migrations done (${elapsed()})`)
    }
    say("Seeding what is missing and checking the admin user")
    await runSetupCommand(["exec", "./src/scripts/dev-setup.ts"], env)
    const info = JSON.parse(fs.readFileSync(PATHS.devInfo, "utf8"))
    say(`Shop data ready (${elapsed()}); starting medusa develop`)

    // Its own process group, so that stopping it stops the server it forks too.
    server = spawn(MEDUSA_BIN, ["develop"], { cwd: ROOT, env, stdio: "inherit", detached: true })
    recordProcessGroup(PATHS.serverGroup, server.pid)
    server.on("exit", (code, signal) => {
      if (!stopping) {
        say(`medusa develop exited (${signal ?? `code ${code}`})`)
        shutdown(code ?? 1)
      }
    })
    const healthy = await waitForHealth(`http://localhost:${options.port}/health`, () => server.exitCode === null)
    if (healthy) {
      printBanner({ port: options.port, options, info })
    } else if (!stopping) {
      say(`The server did not answer /health within ${HEALTH_TIMEOUT_MS / 1000} s; see the output above.`)
    }
  } catch (error) {
    console.error(`[dev] ${error.message}`)
    await shutdown(1)
  }
}

main().catch((error) => {
  console.error(`[dev] ${error.message}`)
  process.exit(1)
})
