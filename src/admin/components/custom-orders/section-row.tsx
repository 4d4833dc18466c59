import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label and its value, as in the dashboard's own detail sections. */
export const SectionRow = ({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="whitespace-pre-line break-words" data-testid={testId}>
      {value === null || value === undefined || value === "" ? "-" : value}
    </Text>
  </div>
)
