const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * Three layers, each runnable alone (npm run test:unit / test:integration:modules /
 * test:integration:http) and all together (npm test, TEST_TYPE unset). The
 * integration layers share one embedded PostgreSQL started by the global
 * setup, unless DB_HOST points at another server.
 */
const TEST_LAYERS = {
  // pure functions: no database, no Medusa container
  unit: "/(src|scripts|integration-tests)/(.+/)?__tests__/.+\\.unit\\.spec\\.[jt]s$",
  // one module alone, through moduleIntegrationTestRunner
  "integration:modules": "/src/modules/[^/]+/__tests__/.+(?<!\\.unit)\\.spec\\.[jt]s$",
  // the whole app over HTTP, through medusaIntegrationTestRunner
  "integration:http": "/integration-tests/http/.+\\.spec\\.[jt]s$",
}

const layer = process.env.TEST_TYPE
if (layer && !TEST_LAYERS[layer]) {
  throw new Error(`TEST_TYPE must be one of ${Object.keys(TEST_LAYERS).join(", ")}, or unset for all`)
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
  testRegex: layer ? TEST_LAYERS[layer] : Object.values(TEST_LAYERS),
  setupFiles: ["./integration-tests/setup.js"],
  globalSetup: "./integration-tests/global-setup.js",
  globalTeardown: "./integration-tests/global-teardown.js",
}
