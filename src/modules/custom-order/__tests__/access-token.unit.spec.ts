import { accessTokenMatches, generateAccessToken, hashAccessToken } from "../utils/access-token"
import { shopperOwnsCustomOrder } from "../utils/shopper-access"

describe("guest access tokens", () => {
  it("are 32 random bytes, URL-safe, different each time", () => {
    const tokens = new Set(Array.from({ length: 100 }, generateAccessToken))
    expect(tokens.size).toEqual(100)
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it("are stored as a SHA-256 hash that does not contain them", () => {
    const token = generateAccessToken()
    const hash = hashAccessToken(token)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain(token)
  })

  it("match only their own hash", () => {
    const token = generateAccessToken()
    const hash = hashAccessToken(token)
    expect(accessTokenMatches(token, hash)).toBe(true)
    expect(accessTokenMatches(generateAccessToken(), hash)).toBe(false)
    expect(accessTokenMatches(token.slice(1), hash)).toBe(false)
    expect(accessTokenMatches("", hash)).toBe(false)
    expect(accessTokenMatches(null, hash)).toBe(false)
    expect(accessTokenMatches(token, null)).toBe(false)
    expect(accessTokenMatches(token, "not-hex")).toBe(false)
  })
})

describe("shopperOwnsCustomOrder", () => {
  const token = generateAccessToken()
  const guestRequest = { customer_id: null, access_token_hash: hashAccessToken(token) }
  const customerRequest = { customer_id: "cus_1", access_token_hash: null }

  it.each([
    ["the guest with the token", guestRequest, { token }, true],
    ["a guest with another token", guestRequest, { token: generateAccessToken() }, false],
    ["a guest with no token", guestRequest, {}, false],
    ["a logged-in customer with the guest's token", guestRequest, { customerId: "cus_9", token }, true],
    ["the owning customer", customerRequest, { customerId: "cus_1" }, true],
    ["another customer", customerRequest, { customerId: "cus_2" }, false],
    ["nobody", customerRequest, {}, false],
    ["an empty customer id against a guest request", { customer_id: null, access_token_hash: null }, { customerId: "" }, false],
  ])("%s: %s", (_, request, shopper, expected) => {
    expect(shopperOwnsCustomOrder(request, shopper)).toBe(expected)
  })
})
