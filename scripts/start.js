#!/usr/bin/env node
/**
 * `npm start`: the production server, from the build output (`npm run build`
 * writes it to .medusa/server; Medusa must be started from there).
 * Runs with NODE_ENV=production unless told otherwise, so the secret guard in
 * medusa-config.ts applies. Configuration comes from the environment, or from a
 * .env file in the project folder. Migrations are a separate step: `npm run migrate`.
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")

const ROOT = path.resolve(__dirname, "..")
const BUILD_DIR = path.join(ROOT, ".medusa", "server")

function fail(message) {
  console.error(`[start] ${message}`)
  process.exit(1)
}

if (!fs.existsSync(path.join(BUILD_DIR, "medusa-config.js"))) {
  fail("No build found in .medusa/server: run `npm run build` first.")
}
const envFile = path.join(ROOT, ".env")
if (fs.existsSync(envFile)) {
  process.loadEnvFile(envFile)
}
if (!process.env.DATABASE_URL) {
  fail("DATABASE_URL is not set: the production server needs a PostgreSQL database (see README, Production).")
}

// The build output uses the project's installed dependencies.
const buildModules = path.join(BUILD_DIR, "node_modules")
if (!fs.existsSync(buildModules)) {
  fs.symlinkSync(path.join("..", "..", "node_modules"), buildModules, "dir")
}

const server = spawn(path.join(ROOT, "node_modules", ".bin", "medusa"), ["start"], {
  cwd: BUILD_DIR,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV || "production", MEDUSA_DISABLE_TELEMETRY: "true" },
})
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal))
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
