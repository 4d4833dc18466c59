const { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD, DEFAULT_EMBEDDED_POSTGRES_PORT, readDevOptions } = require("../dev-options")

describe("readDevOptions", () => {
  it("needs no configuration", () => {
    expect(readDevOptions({})).toEqual({
      adminEmail: DEFAULT_ADMIN_EMAIL,
      adminPassword: DEFAULT_ADMIN_PASSWORD,
      usingDefaultAdmin: true,
      databaseUrl: undefined,
      databaseName: "spirit_beads",
      embeddedPostgresPort: DEFAULT_EMBEDDED_POSTGRES_PORT,
      port: 9000,
    })
  })

  it("takes the admin from ADMIN_EMAIL / ADMIN_PASSWORD and a database from DATABASE_URL", () => {
    const options = readDevOptions({ ADMIN_EMAIL: "me@shop.test", ADMIN_PASSWORD: "long-enough", DATABASE_URL: "postgres://x/y", PORT: "9100" })
    expect(options).toMatchObject({ adminEmail: "me@shop.test", adminPassword: "long-enough", usingDefaultAdmin: false, databaseUrl: "postgres://x/y", port: 9100 })
  })

  it.each([
    [{ ADMIN_EMAIL: "not-an-email" }, "ADMIN_EMAIL"],
    [{ ADMIN_PASSWORD: "short" }, "ADMIN_PASSWORD"],
    [{ EMBEDDED_POSTGRES_PORT: "70000" }, "EMBEDDED_POSTGRES_PORT"],
    [{ PORT: "nine" }, "PORT"],
  ])("refuses %j, naming the variable", (env, name) => {
    expect(() => readDevOptions(env)).toThrow(name)
  })

  it("never repeats a refused password", () => {
    expect(() => readDevOptions({ ADMIN_PASSWORD: "hunter" })).toThrow(/^(?!.*hunter).*$/)
  })
})
