/**
 * A PID file that keeps two `npm run dev` from sharing one data directory.
 * A file left by a process that is gone is simply taken over.
 */
const fs = require("node:fs")
const path = require("node:path")

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function acquireProcessLock(file, { isProcessAlive = isAlive } = {}) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const holder = Number.parseInt(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "", 10)
  if (Number.isInteger(holder) && holder !== process.pid && isProcessAlive(holder)) {
    return { acquired: false, holder }
  }
  fs.writeFileSync(file, String(process.pid))
  return {
    acquired: true,
    release() {
      try {
        if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.rmSync(file)
      } catch {
        // already gone
      }
    },
  }
}

module.exports = { acquireProcessLock }
