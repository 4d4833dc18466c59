type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

/** Registers a customer through the real auth and store routes and logs them in. */
export async function registerCustomer(api: Api, storeHeaders: Record<string, string>, email: string) {
  const password = "customer-password"
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await api.post(
    "/store/customers",
    { email, first_name: "Test", last_name: "Customer" },
    { headers: { ...storeHeaders, authorization: `Bearer ${registration.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    id: created.customer.id as string,
    headers: { ...storeHeaders, authorization: `Bearer ${login.token}` },
  }
}
