import { escapeHtml, facts, formatDate, formatDateTime, formatMoney, link, list, paragraph, quote, renderEmail } from "../email-layout"

const SHOP = { name: "Spirit Beads", email: "hello@spirit-beads.test" }

describe("renderEmail", () => {
  const email = renderEmail(SHOP, "A subject", [
    paragraph("Hello Ada,\nsecond line"),
    quote("<b>my words</b>\nmore"),
    facts([
      ["Price", "$52.00"],
      ["Phone", null],
      ["Needed by", "1 February 2027"],
    ]),
    list(["one", "two"]),
    link("Pay", "https://pay.example.com/x?a=1&b=2"),
  ])

  it("writes the plain text a person reads, signed by the shop", () => {
    expect(email.subject).toEqual("A subject")
    expect(email.text).toEqual(
      [
        "Hello Ada,\nsecond line",
        "  > <b>my words</b>\n  > more",
        "Price:     $52.00\nNeeded by: 1 February 2027",
        "  - one\n  - two",
        "Pay:\nhttps://pay.example.com/x?a=1&b=2",
        "-- \nSpirit Beads\nhello@spirit-beads.test",
      ].join("\n\n") + "\n"
    )
  })

  it("writes the same message as HTML, every text escaped, links as buttons", () => {
    expect(email.html).toContain("<title>A subject</title>")
    expect(email.html).toContain("<p>Hello Ada,<br>second line</p>")
    expect(email.html).toContain("&lt;b&gt;my words&lt;/b&gt;<br>more</blockquote>")
    expect(email.html).not.toContain("<b>my words")
    expect(email.html).toContain('href="https://pay.example.com/x?a=1&amp;b=2"')
    expect(email.html).toContain("<li>one</li><li>two</li>")
    expect(email.html).not.toContain("Phone")
    expect(email.html).toContain('href="mailto:hello@spirit-beads.test"')
  })

  it("never makes an anchor of anything but a web link", () => {
    const html = renderEmail(SHOP, "s", [link("Click", "javascript:alert(1)")]).html
    expect(html).not.toContain("href=\"javascript")
    expect(html).toContain("<p>Click: javascript:alert(1)</p>")
  })

  it("leaves out facts with no value at all", () => {
    expect(renderEmail(SHOP, "s", [facts([["Phone", null]])]).text).toEqual("-- \nSpirit Beads\nhello@spirit-beads.test\n")
  })
})

describe("formatting", () => {
  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toEqual("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  })

  it("formats money in its currency", () => {
    expect(formatMoney(52, "usd")).toEqual("$52.00")
    expect(formatMoney(1234.5, "EUR")).toEqual("€1,234.50")
    expect(formatMoney(1000, "jpy")).toEqual("¥1,000")
    expect(formatMoney(5, "zzz")).toMatch(/^ZZZ\s5\.00$/)
  })

  it("formats dates in UTC, saying so", () => {
    expect(formatDateTime("2027-01-15T14:30:00.000Z")).toEqual("15 January 2027, 14:30 UTC")
    expect(formatDate("2027-02-01T00:00:00.000Z")).toEqual("1 February 2027")
  })
})
