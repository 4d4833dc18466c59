const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { migrationFingerprint } = require("../migration-fingerprint")

describe("migrationFingerprint", () => {
  let root
  const write = (rel, content) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    fs.writeFileSync(path.join(root, rel), content)
  }
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "fingerprint-"))
    write("package-lock.json", "{}")
    write("medusa-config.ts", "config")
    write("src/modules/custom-order/migrations/Migration1.ts", "m1")
    write("src/modules/custom-order/service.ts", "service")
    write("src/links/custom-order-customer.ts", "link")
  })

  const db = "postgres://localhost/a"

  it("is stable when nothing changed", () => {
    expect(migrationFingerprint(root, db)).toEqual(migrationFingerprint(root, db))
  })

  it.each([
    ["a new migration", () => write("src/modules/custom-order/migrations/Migration2.ts", "m2")],
    ["a new link", () => write("src/links/custom-order-order.ts", "link")],
    ["a dependency upgrade", () => write("package-lock.json", "{\"v\":2}")],
    ["a config change", () => write("medusa-config.ts", "config 2")],
  ])("changes with %s", (_, change) => {
    const before = migrationFingerprint(root, db)
    change()
    expect(migrationFingerprint(root, db)).not.toEqual(before)
  })

  it("changes with the database", () => {
    expect(migrationFingerprint(root, db)).not.toEqual(migrationFingerprint(root, "postgres://localhost/b"))
  })

  it("ignores code that does not touch the schema", () => {
    const before = migrationFingerprint(root, db)
    write("src/modules/custom-order/service.ts", "service 2")
    expect(migrationFingerprint(root, db)).toEqual(before)
  })
})
