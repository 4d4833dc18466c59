import { loggedMessage } from "../logged-message"

describe("loggedMessage (what the development e-mail provider logs)", () => {
  it("shows the message as its reader sees it: sender, recipient, subject, attachments, plain text", () => {
    const logged = loggedMessage({
      to: "grace@example.com",
      from: "hello@spirit-beads.test",
      channel: "email",
      template: "custom-order-shipped",
      data: { custom_order_id: "cord_1" },
      content: { subject: "Your custom piece is on its way", text: "Hello Grace,\n\nIt shipped.\n", html: "<p>Hello</p>" },
      attachments: [{ filename: "finished-piece-1.png", content: Buffer.alloc(3000).toString("base64"), content_type: "image/png" }],
    })
    expect(logged.split("\n")).toEqual([
      "E-mail (custom-order-shipped)",
      "From:    hello@spirit-beads.test",
      "To:      grace@example.com",
      "Subject: Your custom piece is on its way",
      "Attached: finished-piece-1.png (image/png, 2.9 KB)",
      "-".repeat(72),
      "Hello Grace,",
      "",
      "It shipped.",
      "-".repeat(72),
    ])
    expect(logged).not.toContain("<p>")
  })

  it("shows the template's data when there is no rendered content", () => {
    expect(loggedMessage({ to: "a@b.c", channel: "sms", template: "t", data: { x: 1 } })).toEqual(
      'sms (t)\nTo:      a@b.c\nData:    {"x":1}'
    )
  })
})
