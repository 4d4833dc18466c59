/**
 * Remembers the process group of a server we start, so that a run killed
 * without cleaning up (kill -9, a closed terminal) does not leave it holding
 * the port: the next run stops it first.
 */
const fs = require("node:fs")
const { execFileSync } = require("node:child_process")

function commandOf(pid) {
  try {
    return execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" }).trim()
  } catch {
    return null
  }
}

function recordProcessGroup(file, pid) {
  fs.writeFileSync(file, String(pid))
}

function forgetProcessGroup(file) {
  fs.rmSync(file, { force: true })
}

/** Stops the recorded group if its leader still runs `expectedCommand`; returns the pid it stopped, or null. */
async function stopOrphanProcessGroup(file, expectedCommand) {
  const pid = Number.parseInt(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "", 10)
  forgetProcessGroup(file)
  if (!Number.isInteger(pid)) return null
  const command = commandOf(pid)
  if (!command || !command.includes(expectedCommand)) return null
  try {
    process.kill(-pid, "SIGTERM")
  } catch {
    return null
  }
  for (let i = 0; i < 100 && commandOf(pid); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (commandOf(pid)) process.kill(-pid, "SIGKILL")
  return pid
}

module.exports = { forgetProcessGroup, recordProcessGroup, stopOrphanProcessGroup }
