import { spawnSync } from "node:child_process"
import path from "node:path"

jest.setTimeout(120 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")

/** Runs `medusa start` as production would, with these secrets; it must stop while loading the config. */
function startInProduction(secrets: Record<string, string | undefined>) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: "postgres://nobody@localhost:1/never-reached",
    PORT: "0",
  }
  for (const [name, value] of Object.entries(secrets)) {
    if (value !== undefined) env[name] = value
  }
  const run = spawnSync(MEDUSA, ["start"], { cwd: ROOT, env, encoding: "utf8", timeout: 90_000 })
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` }
}

describe("production secret guard", () => {
  it("refuses to start without JWT_SECRET and COOKIE_SECRET, naming both", () => {
    const { status, output } = startInProduction({})
    expect(status).not.toEqual(0)
    expect(output).toContain("Refusing to start with NODE_ENV=production")
    expect(output).toContain("JWT_SECRET is not set")
    expect(output).toContain("COOKIE_SECRET is not set")
  })

  it("refuses Medusa's well-known default secret", () => {
    const strong = "x".repeat(48)
    const { status, output } = startInProduction({ JWT_SECRET: "supersecret", COOKIE_SECRET: strong })
    expect(status).not.toEqual(0)
    expect(output).toContain("JWT_SECRET is a development default")
    expect(output).not.toContain("COOKIE_SECRET")
    expect(output).not.toContain(strong)
  })
})
