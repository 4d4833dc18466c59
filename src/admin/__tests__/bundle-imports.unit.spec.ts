/**
 * The dashboard is bundled for the browser by Vite: every server file it reaches
 * (through relative imports that are not `import type`) must be free of server
 * code. One value import of @medusajs/framework once pulled MikroORM into the
 * bundle and the dashboard failed to load ("Could not resolve mariadb/callback").
 */
import fs from "node:fs"
import path from "node:path"

const ADMIN = path.resolve(__dirname, "..")
const SERVER_ONLY = /^(@medusajs\/framework|@medusajs\/medusa|@mikro-orm\/|node:|stripe$|pg$)/

/** The specifiers of a file's value imports and re-exports (type-only ones are erased by the bundler). */
function valueImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8")
  const found: string[] = []
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']([^"']+)["']/g
  for (const match of source.matchAll(statement)) {
    if (!match[2]) found.push(match[4])
  }
  for (const match of source.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)) found.push(match[1])
  return found
}

function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier)
  const candidates = [base, ...[".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext)]
  const file = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile())
  if (!file) throw new Error(`${path.relative(ADMIN, from)} imports ${specifier}, which does not exist`)
  return file
}

function dashboardSources(dir = ADMIN): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : dashboardSources(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : []
  })
}

/** Every server-only import reachable from the dashboard's sources, as "file -> specifier". */
function serverImportsReachedByDashboard(): string[] {
  const seen = new Set<string>()
  const offending: string[] = []
  const queue = dashboardSources()
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith(".")) queue.push(resolveRelative(file, specifier))
      else if (SERVER_ONLY.test(specifier)) offending.push(`${path.relative(path.resolve(ADMIN, "..", ".."), file)} -> ${specifier}`)
    }
  }
  return offending
}

describe("the dashboard bundle", () => {
  it("reaches no server-only code through its imports", () => {
    expect(serverImportsReachedByDashboard()).toEqual([])
  })

  it("would notice one (the check itself works)", () => {
    const dir = fs.mkdtempSync(path.join(ADMIN, "__tests__", "tmp-"))
    try {
      const file = path.join(dir, "probe.ts")
      fs.writeFileSync(file, 'import type { X } from "@medusajs/framework/types"\nimport { MedusaError } from "@medusajs/framework/utils"\n')
      expect(valueImports(file)).toEqual(["@medusajs/framework/utils"])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
