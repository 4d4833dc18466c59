const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * Three layers, each runnable alone (npm run test:unit / test:integration:modules /
 * test:integration:http) and all together (npm test, TEST_TYPE unset). The
 * integration layers share one embedded PostgreSQL started by the global
 * setup, unless DB_HOST points at another server. A fourth, e2e (npm run
 * test:e2e: the dashboard in a real browser), runs only when asked for: it
 * builds and starts the app with its own PostgreSQL.
 */
const TEST_LAYERS = {
  // pure functions: no database, no Medusa container
  unit: "/(src|scripts|integration-tests)/(.+/)?__tests__/.+\\.unit\\.spec\\.[jt]s$",
  // one module alone, through moduleIntegrationTestRunner
  "integration:modules": "/src/modules/[^/]+/__tests__/.+(?<!\\.unit)\\.spec\\.[jt]s$",
  // the whole app over HTTP, through medusaIntegrationTestRunner
  "integration:http": "/integration-tests/http/.+\\.spec\\.[jt]s$",
}
// the dashboard in Chromium against a built and started app (not part of `npm test`)
const OPT_IN_LAYERS = {
  e2e: "/integration-tests/e2e/.+\\.spec\\.[jt]s$",
}

const layer = process.env.TEST_TYPE
const ALL_LAYERS = { ...TEST_LAYERS, ...OPT_IN_LAYERS }
if (layer && !ALL_LAYERS[layer]) {
  throw new Error(`TEST_TYPE must be one of ${Object.keys(ALL_LAYERS).join(", ")}, or unset for all but e2e`)
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  testPathIgnorePatterns: ["/node_modules/"],
  testRegex: layer ? ALL_LAYERS[layer] : Object.values(TEST_LAYERS),
  setupFiles: ["./integration-tests/setup.js"],
  globalSetup: "./integration-tests/global-setup.js",
  globalTeardown: "./integration-tests/global-teardown.js",
}
