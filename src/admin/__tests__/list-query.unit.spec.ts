import { toCreatedAtRange, toListQuery } from "../components/custom-orders/list-query"

const state = { pageIndex: 0, pageSize: 20, search: "", filtering: {} }
const localMidnight = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString()

describe("the list's query", () => {
  it("asks for one page, newest first", () => {
    expect(toListQuery(state)).toEqual({ limit: 20, offset: 0, order: "-created_at" })
    expect(toListQuery({ ...state, pageIndex: 2 })).toMatchObject({ offset: 40 })
  })

  it("sends the trimmed search and the chosen statuses, and leaves out empty ones", () => {
    expect(toListQuery({ ...state, search: "  owl ", filtering: { status: ["pending", "paid"] } })).toMatchObject({
      q: "owl",
      status: ["pending", "paid"],
    })
    const query = toListQuery({ ...state, search: "   ", filtering: { status: [] } })
    expect(query).not.toHaveProperty("q")
    expect(query).not.toHaveProperty("status")
  })

  it("turns a range of whole days into [start of the first day, start of the day after the last)", () => {
    expect(toCreatedAtRange({ $gte: "2026-11-01T15:00:00", $lte: "2026-11-03T09:00:00" })).toEqual({
      $gte: localMidnight(2026, 11, 1),
      $lt: localMidnight(2026, 11, 4),
    })
    expect(toListQuery({ ...state, filtering: { created_at: { $gte: "2026-11-01T15:00:00" } } }).created_at).toEqual({
      $gte: localMidnight(2026, 11, 1),
    })
    expect(toCreatedAtRange({})).toBeUndefined()
    expect(toCreatedAtRange(null)).toBeUndefined()
  })
})
