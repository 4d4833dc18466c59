type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

/** Registers a customer through the real auth and store routes and logs them in. */
export async function registerCustomer(
  api: Api,
  storeHeaders: Record<string, string>,
  email: string,
  name: { first_name: string; last_name: string } = { first_name: "Test", last_name: "Customer" }
) {
  const password = "customer-password"
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await api.post(
    "/store/customers",
    { email, ...name },
    { headers: { ...storeHeaders, authorization: `Bearer ${registration.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    id: created.customer.id as string,
    headers: { ...storeHeaders, authorization: `Bearer ${login.token}` },
  }
}
