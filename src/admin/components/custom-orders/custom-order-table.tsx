import { Button, createDataTableFilterHelper, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import type { DataTableFilteringState, DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import type { AdminCustomOrderListItem } from "../../../types/custom-order/http"
import { useCustomOrders } from "../../hooks/custom-orders"
import { ALL_STATUSES, errorMessage, STATUS_LABELS } from "../../lib/custom-order-format"
import { customOrderColumns } from "./custom-order-columns"
import { PAGE_SIZE, toListQuery } from "./list-query"

const filter = createDataTableFilterHelper<AdminCustomOrderListItem>()
const DAY_MS = 24 * 60 * 60 * 1000

function useFilters() {
  // computed once, so that a chosen preset stays recognised while the page is open
  return useMemo(() => {
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString()
    return [
      filter.accessor("status", {
        type: "multiselect",
        label: "Status",
        searchable: false,
        options: ALL_STATUSES.map((status) => ({ label: STATUS_LABELS[status], value: status })),
      }),
      filter.accessor("created_at", {
        type: "date",
        label: "Submitted",
        format: "date",
        rangeOptionLabel: "Custom range",
        rangeOptionStartLabel: "From",
        rangeOptionEndLabel: "To",
        options: [
          { label: "Last 7 days", value: { $gte: daysAgo(7) } },
          { label: "Last 30 days", value: { $gte: daysAgo(30) } },
          { label: "Last 90 days", value: { $gte: daysAgo(90) } },
        ],
      }),
    ]
  }, [])
}

/** Every custom order request, newest first: filter by status and date, search, page through. */
export const CustomOrderTable = () => {
  const navigate = useNavigate()
  const filters = useFilters()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})

  const query = toListQuery({ ...pagination, search, filtering })
  const { data, isPending, isError, error, refetch } = useCustomOrders(query)

  const table = useDataTable({
    columns: customOrderColumns,
    data: data?.custom_orders ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    filters,
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: { state: search, onSearchChange: setSearch, debounce: 300 },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    onRowClick: (_, row) => navigate(`/custom-orders/${row.id}`),
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
        <div>
          <Heading>Custom orders</Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="custom-orders-count">
            {data ? `${data.count} ${data.count === 1 ? "request" : "requests"}` : "Made-to-order requests from shoppers"}
          </Text>
        </div>
        <div className="flex gap-2">
          <div data-testid="custom-orders-filter-menu">
            <DataTable.FilterMenu tooltip="Filter by status or date" />
          </div>
          <DataTable.Search placeholder="Search name, e-mail, description" />
        </div>
      </DataTable.Toolbar>
      {isError ? (
        <div className="flex flex-col items-center gap-3 px-6 py-10" role="alert">
          <Text weight="plus">The requests could not be loaded</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {errorMessage(error)}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            Try again
          </Button>
        </div>
      ) : (
        <DataTable.Table
          emptyState={{
            empty: {
              heading: "No custom order requests yet",
              description: "Requests that shoppers submit from the storefront show up here.",
            },
            filtered: {
              heading: "No matching requests",
              description: "Change the search or the filters to see more.",
            },
          }}
        />
      )}
      <DataTable.Pagination />
    </DataTable>
  )
}
