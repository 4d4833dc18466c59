import { inChronologicalOrder } from "../refetch-custom-order"

describe("inChronologicalOrder", () => {
  it("puts history, notes, quotes and images oldest first, leaving the rest alone", () => {
    const sorted = inChronologicalOrder({
      id: "cord_1",
      status_history: [
        { id: "b", created_at: "2026-01-02T00:00:00Z" },
        { id: "a", created_at: "2026-01-01T00:00:00Z" },
      ],
      notes: [{ id: "n2", created_at: "2026-01-03" }, { id: "n1", created_at: "2026-01-01" }],
      quotes: [{ id: "q2", created_at: "2026-01-02" }, { id: "q1", created_at: "2026-01-02" }],
      tags: ["z", "a"],
    })
    expect(sorted.status_history.map((h: any) => h.id)).toEqual(["a", "b"])
    expect(sorted.notes.map((n: any) => n.id)).toEqual(["n1", "n2"])
    expect(sorted.quotes.map((q: any) => q.id)).toEqual(["q1", "q2"])
    expect(sorted.tags).toEqual(["z", "a"])
  })
})
