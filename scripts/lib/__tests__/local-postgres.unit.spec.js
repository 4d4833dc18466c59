const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { folderPostgresCannotEnter, inspectPostmasterLock, readPostmasterPid } = require("../local-postgres")

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

describe("folderPostgresCannotEnter (root runs PostgreSQL as the postgres user)", () => {
  const dir = (mode, uid = 0) => ({ isDirectory: () => true, mode: 0o40000 | mode, uid })
  const tree = (modes) => ({
    stat: (folder) => {
      if (!(folder in modes)) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" })
      return modes[folder]
    },
    postgresUid: 105,
  })

  it("finds a private folder above the project (a clone made in mktemp -d)", () => {
    const fs_ = tree({ "/tmp": dir(0o1777), "/tmp/tmp.abc": dir(0o700), "/tmp/tmp.abc/node_modules": dir(0o755) })
    expect(folderPostgresCannotEnter(["/tmp/tmp.abc/node_modules"], fs_)).toEqual({ folder: "/tmp/tmp.abc", mode: "700" })
  })

  it("passes folders others can enter, the postgres user's own, and a data folder not made yet", () => {
    const fs_ = tree({ "/work": dir(0o755), "/work/shop": dir(0o711), "/work/shop/.data": dir(0o700, 105) })
    expect(folderPostgresCannotEnter(["/work/shop", "/work/shop/.data/postgres"], fs_)).toBeNull()
  })
})
