import { useParams } from "react-router-dom"
import type { UIMatch } from "react-router-dom"
import { CustomerSection } from "../../../components/custom-orders/customer-section"
import { CustomOrderHeader } from "../../../components/custom-orders/custom-order-header"
import { HistorySection } from "../../../components/custom-orders/history-section"
import { ImagesSection } from "../../../components/custom-orders/images-section"
import { NotesSection } from "../../../components/custom-orders/notes-section"
import { DetailError, DetailSkeleton } from "../../../components/custom-orders/page-states"
import { PaymentLinkSection } from "../../../components/custom-orders/payment-link-section"
import { PhotosSection } from "../../../components/custom-orders/photos-section"
import { QuoteSection } from "../../../components/custom-orders/quote-section"
import { RequestSection } from "../../../components/custom-orders/request-section"
import { useCustomOrder } from "../../../hooks/custom-orders"

/** One custom order request: what was asked, the quote and actions, payment, notes, history. */
const CustomOrderDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data, isPending, isError, error, refetch } = useCustomOrder(id!)

  if (isPending) {
    return <DetailSkeleton />
  }
  if (isError) {
    return <DetailError error={error} onRetry={() => refetch()} />
  }
  const customOrder = data.custom_order
  return (
    <div className="flex flex-col gap-y-3">
      <CustomOrderHeader customOrder={customOrder} />
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <RequestSection customOrder={customOrder} />
          <ImagesSection customOrder={customOrder} />
          <PhotosSection customOrder={customOrder} />
          <QuoteSection customOrder={customOrder} />
          <NotesSection customOrder={customOrder} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <CustomerSection customOrder={customOrder} />
          <PaymentLinkSection customOrder={customOrder} />
          <HistorySection customOrder={customOrder} />
        </div>
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => match.params.id ?? "Request",
}

export default CustomOrderDetailPage
