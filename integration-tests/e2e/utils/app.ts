/**
 * Starts the whole app for the browser tests, the way it runs in production,
 * in a throw-away workspace: nothing of the developer's (.data, static,
 * private, .medusa) is read or written.
 *
 *   workspace  = a temp dir with a copy of src/, medusa-config.ts, tsconfig.json,
 *                package.json, and node_modules linked to the project's
 *   database   = a new database on the test run's PostgreSQL (the embedded one the
 *                jest global setup starts, or DB_HOST's), dropped at the end
 *   build      = `medusa build` (backend + dashboard bundle), in parallel with
 *                PostgreSQL, `medusa db:migrate` and `medusa exec dev-setup.ts`
 *                (the demo shop and the admin, as `npm run dev` does)
 *   server     = `medusa start` from .medusa/server on a free port, in its own
 *                process group; ready once /health and /app answer
 *
 * NODE_ENV=test: the built dashboard is served (as in production) but the
 * session cookie is not `Secure`, so the browser keeps it over plain http.
 */
import { ChildProcess, spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

import { Client } from "pg"

// CommonJS helpers shared with `npm run dev` and the jest global setup
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findFreePort } = require("../../../scripts/lib/local-postgres")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stopOrphanProcessGroup } = require("../../../scripts/lib/orphan-process-group")

const ROOT = path.resolve(__dirname, "..", "..", "..")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const WORKSPACE_PREFIX = "spirit-beads-e2e-"
const COPIED = ["src", "medusa-config.ts", "tsconfig.json", "package.json"]

export const E2E_ADMIN = { email: "e2e-admin@spirit-beads.test", password: "e2e-admin-password" }

export type E2eApp = {
  url: string
  port: number
  publishableKey: string
  workspace: string
  /** how long each phase took, in seconds */
  timings: Record<string, number>
  /** the end of the server's log (for failures) */
  logTail(lines?: number): string
  stop(): Promise<void>
}

type StartOptions = {
  /** extra environment for every Medusa command (e.g. the fake Stripe's host) */
  env?: Record<string, string>
  log?: (line: string) => void
}

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10

function run(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(opts.logFile, "a")
    fs.writeSync(out, `\n$ medusa ${args.join(" ")}\n`)
    const child = spawn(MEDUSA_BIN, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", out, out] })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      fs.closeSync(out)
      if (code === 0) return resolve()
      const tail = fs.readFileSync(opts.logFile, "utf8").split("\n").slice(-40).join("\n")
      reject(new Error(`\`medusa ${args.join(" ")}\` failed (${signal ?? `exit code ${code}`}):\n${tail}`))
    })
  })
}

async function waitUntil(what: string, check: () => Promise<boolean>, isAlive: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server exited while waiting for ${what}`)
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A run killed outright (kill -9, a closed terminal) leaves its server behind: stop it, drop its folder. */
async function cleanUpAbandonedRuns(log: (line: string) => void) {
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(WORKSPACE_PREFIX))) {
    const dir = path.join(os.tmpdir(), name)
    const ownerFile = path.join(dir, "owner.pid")
    const owner = Number.parseInt(fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, "utf8") : "", 10)
    if (Number.isInteger(owner) && isAlive(owner)) continue // another run in progress
    if (await stopOrphanProcessGroup(path.join(dir, "server.pid"), "medusa")) log(`stopped a server left by ${name}`)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The test run's PostgreSQL, from the variables the jest global setup (or the developer) sets. */
function postgresClient(database = "postgres") {
  return new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
    database,
  })
}

async function onPostgres(sql: string) {
  const client = postgresClient()
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function prepareWorkspace(): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), WORKSPACE_PREFIX))
  fs.writeFileSync(path.join(workspace, "owner.pid"), String(process.pid))
  for (const entry of COPIED) {
    fs.cpSync(path.join(ROOT, entry), path.join(workspace, entry), { recursive: true })
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(workspace, "node_modules"), "dir")
  return workspace
}

export async function startApp(options: StartOptions = {}): Promise<E2eApp> {
  const log = options.log ?? (() => {})
  const started = Date.now()
  const timings: Record<string, number> = {}
  await cleanUpAbandonedRuns(log)
  const workspace = prepareWorkspace()
  const logFile = path.join(workspace, "medusa.log")
  const serverDir = path.join(workspace, ".medusa", "server")
  const port: number = await findFreePort()
  const database = `spirit_beads_e2e_${crypto.randomBytes(4).toString("hex")}`
  const databaseUrl = `postgres://${encodeURIComponent(process.env.DB_USERNAME ?? "postgres")}:${encodeURIComponent(process.env.DB_PASSWORD ?? "")}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${database}`

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: "test",
    NODE_OPTIONS: "",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "info",
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    ADMIN_CORS: `http://localhost:${port}`,
    STORE_CORS: `http://localhost:${port}`,
    AUTH_CORS: `http://localhost:${port}`,
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    // the fixtures submit a few dozen requests from one address
    CUSTOM_ORDER_RATE_LIMIT_PER_IP: "1000",
    CUSTOM_ORDER_RATE_LIMIT_PER_EMAIL: "1000",
  }
  for (const name of ["DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "DB_TEMP_NAME", "REDIS_URL"]) delete env[name]
  env.DATABASE_URL = databaseUrl

  let databaseCreated = false
  let server: ChildProcess | null = null
  const stop = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server!.once("exit", r))
      try {
        process.kill(-server.pid!, "SIGTERM")
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-server!.pid!, "SIGKILL")
        } catch {
          // already gone
        }
      }, 10_000)
      await exited
      clearTimeout(timer)
    }
    if (databaseCreated) await onPostgres(`drop database if exists "${database}" with (force)`).catch(() => {})
    if (!process.env.E2E_KEEP_WORKSPACE) fs.rmSync(workspace, { recursive: true, force: true })
  }

  try {
    // the build needs no database: run it while PostgreSQL starts and the shop is seeded
    const build = (async () => {
      const t = Date.now()
      await run(["build"], { cwd: workspace, env, logFile: path.join(workspace, "build.log") })
      timings.build = seconds(t)
    })()
    const setup = (async () => {
      await onPostgres(`create database "${database}"`)
      databaseCreated = true
      let t = Date.now()
      await run(["db:migrate"], { cwd: workspace, env, logFile })
      timings.migrate = seconds(t)
      t = Date.now()
      // writes the publishable key to the workspace's .data/dev-shop.json, and the pictures to its static/
      await run(["exec", "./src/scripts/dev-setup.ts"], { cwd: workspace, env, logFile })
      timings.seed = seconds(t)
    })()
    // both finish before going on (a failure of one must not leave the other running)
    const failed = (await Promise.allSettled([build, setup])).find((r) => r.status === "rejected")
    if (failed) throw (failed as PromiseRejectedResult).reason

    const t = Date.now()
    // the build runs with the project's modules; the pictures seeded above are served from its static/
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(serverDir, "node_modules"), "dir")
    fs.symlinkSync(path.join(workspace, "static"), path.join(serverDir, "static"), "dir")
    const out = fs.openSync(logFile, "a")
    server = spawn(MEDUSA_BIN, ["start"], { cwd: serverDir, env, stdio: ["ignore", out, out], detached: true })
    fs.closeSync(out)
    fs.writeFileSync(path.join(workspace, "server.pid"), String(server.pid))
    const alive = () => server!.exitCode === null && server!.signalCode === null
    const url = `http://localhost:${port}`
    await waitUntil("/health", async () => (await fetch(`${url}/health`)).ok, alive, 120_000)
    await waitUntil("/app", async () => (await fetch(`${url}/app/login`)).ok, alive, 60_000)
    timings.start = seconds(t)
    timings.total = seconds(started)

    const info = JSON.parse(fs.readFileSync(path.join(workspace, ".data", "dev-shop.json"), "utf8"))
    return {
      url,
      port,
      publishableKey: info.publishableKey,
      workspace,
      timings,
      logTail: (lines = 60) => fs.readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n"),
      stop,
    }
  } catch (error) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n") : ""
    await stop()
    if (error instanceof Error && tail) error.message += `\n--- end of the Medusa log ---\n${tail}`
    throw error
  }
}
