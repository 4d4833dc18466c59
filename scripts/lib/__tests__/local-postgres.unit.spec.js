const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { inspectPostmasterLock, readPostmasterPid } = require("../local-postgres")

describe("inspectPostmasterLock", () => {
  let dataDir
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-lock-"))
  })
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  const writeLock = (content) => fs.writeFileSync(path.join(dataDir, "postmaster.pid"), content)
  const probe = (alive, command) => ({ isProcessAlive: () => alive, commandOf: () => command })

  it("finds no lock in a fresh data directory", () => {
    expect(inspectPostmasterLock(dataDir, probe(true, "x"))).toEqual({ state: "none" })
  })

  it("calls a lock stale when its process is gone (a killed run)", () => {
    writeLock(`4242\n${dataDir}\n`)
    expect(inspectPostmasterLock(dataDir, probe(false, null))).toEqual({ state: "stale", pid: 4242 })
  })

  it("calls a lock stale when its PID now belongs to another program", () => {
    writeLock("4242\n")
    expect(inspectPostmasterLock(dataDir, probe(true, "/usr/bin/vim notes.txt"))).toEqual({ state: "stale", pid: 4242 })
  })

  it("calls a lock stale when another PostgreSQL (another data directory) has the PID", () => {
    writeLock("4242\n")
    expect(inspectPostmasterLock(dataDir, probe(true, "postgres -D /var/lib/postgresql/15/main"))).toEqual({ state: "stale", pid: 4242 })
  })

  it("sees a PostgreSQL still serving this directory (left by a killed run)", () => {
    writeLock("4242\n")
    expect(inspectPostmasterLock(dataDir, probe(true, `/x/bin/postgres -D ${dataDir} -p 54329`))).toEqual({ state: "running", pid: 4242 })
  })

  it("treats an unreadable lock file as stale", () => {
    writeLock("garbage")
    expect(readPostmasterPid(dataDir)).toBeNull()
    expect(inspectPostmasterLock(dataDir, probe(true, "postgres"))).toEqual({ state: "stale", pid: null })
  })
})
