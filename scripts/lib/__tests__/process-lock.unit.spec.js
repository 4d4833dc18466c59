const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { acquireProcessLock } = require("../process-lock")

describe("acquireProcessLock", () => {
  let file
  beforeEach(() => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dev-lock-")), "dev.pid")
  })

  it("takes a free lock and releases it", () => {
    const lock = acquireProcessLock(file)
    expect(lock.acquired).toBe(true)
    expect(fs.readFileSync(file, "utf8")).toEqual(String(process.pid))
    lock.release()
    expect(fs.existsSync(file)).toBe(false)
  })

  it("refuses while another live process holds it", () => {
    fs.writeFileSync(file, "4242")
    expect(acquireProcessLock(file, { isProcessAlive: () => true })).toEqual({ acquired: false, holder: 4242 })
  })

  it("takes over a lock whose holder is gone", () => {
    fs.writeFileSync(file, "4242")
    expect(acquireProcessLock(file, { isProcessAlive: () => false }).acquired).toBe(true)
    expect(fs.readFileSync(file, "utf8")).toEqual(String(process.pid))
  })
})
