/**
 * A hash of everything that decides the database schema: the installed Medusa
 * (package-lock.json), medusa-config.ts, our modules' migrations and our links.
 * `npm run dev` skips `medusa db:migrate` (about 16 s) when it has not changed
 * since the last successful run on the same database.
 */
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")

function listFiles(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

function schemaInputs(root) {
  const modulesDir = path.join(root, "src", "modules")
  const migrationDirs = fs.existsSync(modulesDir)
    ? fs.readdirSync(modulesDir).map((name) => path.join(modulesDir, name, "migrations"))
    : []
  return [
    path.join(root, "package-lock.json"),
    path.join(root, "medusa-config.ts"),
    ...migrationDirs.flatMap(listFiles),
    ...listFiles(path.join(root, "src", "links")),
  ]
    .filter((file) => fs.existsSync(file))
    .sort()
}

function migrationFingerprint(root, databaseUrl) {
  const hash = crypto.createHash("sha256").update(databaseUrl)
  for (const file of schemaInputs(root)) {
    hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0")
  }
  return hash.digest("hex")
}

function readRecordedFingerprint(file) {
  try {
    return fs.readFileSync(file, "utf8").trim()
  } catch {
    return null
  }
}

module.exports = { migrationFingerprint, readRecordedFingerprint, schemaInputs }
