import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureAdminUser } from "../../src/scripts/demo-shop/admin-user"
import { loginAsAdmin, TEST_ADMIN } from "../utils/admin"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("logs the admin in and serves the admin API with the token", async () => {
      const auth = await loginAsAdmin(getContainer(), api)
      const response = await api.get("/admin/users/me", auth)
      expect(response.status).toEqual(200)
      expect(response.data.user.email).toEqual(TEST_ADMIN.email)
    })

    it("refuses the admin API without credentials with 401", async () => {
      const error = await api.get("/admin/products").catch((e: any) => e)
      expect(error.response.status).toEqual(401)
    })

    it("refuses a wrong password", async () => {
      await ensureAdminUser(getContainer(), TEST_ADMIN)
      const error = await api
        .post("/auth/user/emailpass", { email: TEST_ADMIN.email, password: "not-the-password" })
        .catch((e: any) => e)
      expect(error.response.status).toEqual(401)
    })

    it("makes the current ADMIN_PASSWORD the one that works when the admin already exists", async () => {
      const container = getContainer()
      await ensureAdminUser(container, TEST_ADMIN)
      const second = await ensureAdminUser(container, { email: TEST_ADMIN.email, password: "a-new-password" })
      expect(second.created).toBe(false)

      const users = await container.resolve("user").listUsers({ email: TEST_ADMIN.email })
      expect(users).toHaveLength(1)
      const old = await api.post("/auth/user/emailpass", TEST_ADMIN).catch((e: any) => e)
      expect(old.response.status).toEqual(401)
      const login = await api.post("/auth/user/emailpass", { email: TEST_ADMIN.email, password: "a-new-password" })
      expect(login.data.token).toEqual(expect.any(String))
    })
  },
})
