import { Button, Drawer, Hint, Label, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"

type ReasonDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  reasonLabel: string
  confirmText: string
  isPending: boolean
  onConfirm: (reason: string) => void
}

/** A confirmation with a required reason (reject, cancel). */
export const ReasonDrawer = (props: ReasonDrawerProps) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const text = reason.trim()
    if (!text) {
      setError("Give a reason")
      return
    }
    if (text.length > 2000) {
      setError("At most 2000 characters")
      return
    }
    props.onConfirm(text)
  }

  const onOpenChange = (open: boolean) => {
    if (!open) {
      setReason("")
      setError(null)
    }
    props.onOpenChange(open)
  }

  return (
    <Drawer open={props.open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={onSubmit} noValidate className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{props.title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4">
            <Text size="small" className="text-ui-fg-subtle">{props.description}</Text>
            <div className="flex flex-col gap-1">
              <Label htmlFor="custom-order-reason" size="small" weight="plus">{props.reasonLabel}</Label>
              <Textarea id="custom-order-reason" rows={5} value={reason} autoFocus aria-invalid={!!error}
                onChange={(e) => { setReason(e.target.value); setError(null) }} />
              {error && <Hint variant="error">{error}</Hint>}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">Back</Button>
            </Drawer.Close>
            <Button size="small" variant="danger" type="submit" isLoading={props.isPending}>{props.confirmText}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
