import { Button, Container, Skeleton, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "../../lib/custom-order-format"

export const DetailSkeleton = () => (
  <div className="flex flex-col gap-3" aria-busy="true" data-testid="custom-order-loading">
    <Skeleton className="h-[76px] w-full rounded-lg" />
    <div className="flex flex-col gap-3 xl:flex-row">
      <Skeleton className="h-[480px] w-full rounded-lg" />
      <Skeleton className="h-[320px] w-full rounded-lg xl:max-w-[440px]" />
    </div>
  </div>
)

export const DetailError = ({ error, onRetry }: { error: unknown; onRetry: () => void }) => {
  const navigate = useNavigate()
  return (
    <Container className="flex flex-col items-center gap-3 px-6 py-10" role="alert">
      <Text weight="plus">The request could not be loaded</Text>
      <Text size="small" className="text-ui-fg-subtle">{errorMessage(error)}</Text>
      <div className="flex gap-2">
        <Button size="small" variant="secondary" onClick={() => navigate("/custom-orders")}>Back to the list</Button>
        <Button size="small" variant="secondary" onClick={onRetry}>Try again</Button>
      </div>
    </Container>
  )
}
