import { Button, Container, Heading, Hint, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import type { AdminCustomOrder } from "../../../types/custom-order/http"
import { useAddCustomOrderNote } from "../../hooks/custom-orders"
import { errorMessage, formatDateTime } from "../../lib/custom-order-format"

/** Internal notes: for admins only, never shown to the customer. */
export const NotesSection = ({ customOrder }: { customOrder: AdminCustomOrder }) => {
  const [text, setText] = useState("")
  const [error, setError] = useState<string | null>(null)
  const addNote = useAddCustomOrderNote(customOrder.id)
  const notes = [...(customOrder.notes ?? [])].reverse()

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const value = text.trim()
    if (!value) {
      setError("Write a note first")
      return
    }
    addNote.mutate({ text: value }, {
      onSuccess: () => {
        setText("")
        toast.success("Note added")
      },
      onError: (e) => toast.error("The note was not added", { description: errorMessage(e) }),
    })
  }

  return (
    <Container className="divide-y p-0" data-testid="notes-section">
      <div className="px-6 py-4">
        <Heading level="h2">Internal notes</Heading>
        <Text size="small" className="text-ui-fg-subtle">Only admins see these.</Text>
      </div>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 px-6 py-4" aria-label="Add a note">
        <Textarea rows={2} value={text} placeholder="Add a note" aria-label="Note" aria-invalid={!!error}
          onChange={(e) => { setText(e.target.value); setError(null) }} />
        {error && <Hint variant="error">{error}</Hint>}
        <div className="flex justify-end">
          <Button type="submit" size="small" variant="secondary" isLoading={addNote.isPending}>Add note</Button>
        </div>
      </form>
      {notes.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">No notes yet.</Text>
      ) : (
        <ul className="divide-y">
          {notes.map((note) => (
            <li key={note.id} className="flex flex-col gap-1 px-6 py-3" data-testid="custom-order-note">
              <Text size="small" className="whitespace-pre-line break-words">{note.text}</Text>
              <Text size="xsmall" className="text-ui-fg-muted">{formatDateTime(note.created_at)} · {note.author_id}</Text>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
