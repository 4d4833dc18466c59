import { likePattern } from "../free-text-search"

describe("likePattern", () => {
  it("wraps the text for a contains-match", () => {
    expect(likePattern("fox")).toEqual("%fox%")
  })

  it("takes LIKE's wildcards and the escape character literally", () => {
    expect(likePattern("50%")).toEqual("%50\\%%")
    expect(likePattern("a_b")).toEqual("%a\\_b%")
    expect(likePattern("back\\slash")).toEqual("%back\\\\slash%")
  })
})
