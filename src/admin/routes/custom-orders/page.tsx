import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Swatch } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { CustomOrderTable } from "../../components/custom-orders/custom-order-table"

/** Custom orders: the list of made-to-order requests (sidebar entry). */
const CustomOrdersPage = () => (
  <Container className="divide-y p-0">
    <CustomOrderTable />
  </Container>
)

export const config = defineRouteConfig({
  label: "Custom orders",
  icon: Swatch,
})

export const handle = {
  breadcrumb: () => "Custom orders",
}

export default CustomOrdersPage
