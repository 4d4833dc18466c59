import { newId, nowSeconds, randomToken } from "../ids"
import { LIST_FIELDS, paginate } from "../lists"
import { resolvePaymentMethod } from "../cards"
import { Routes } from "../router"
import { State } from "../state"
import { Params, StripeObject } from "../types"
import { Fields, arr, initialMetadata, metadata, obj, oneOf, req, str } from "../validate"
import { applyUpdate, mustGet, pick } from "./common"
import { ADDRESS } from "./payment-intents"

/** What Medusa's provider sends (email, name, phone, address) and a little more. */
const EDITABLE: Fields = {
  email: str(),
  name: str(),
  phone: str(),
  description: str(),
  address: ADDRESS,
  shipping: obj({ name: req(str()), address: req(ADDRESS), phone: str() }),
  metadata: metadata(),
  payment_method: str(),
  invoice_settings: obj({ default_payment_method: str() }),
  preferred_locales: arr(str()),
  tax_exempt: oneOf("none", "exempt", "reverse"),
}

const ADDRESS_KEYS = ["city", "country", "line1", "line2", "postal_code", "state"]

function address(given: Params | null | undefined): StripeObject | null {
  return given ? Object.fromEntries(ADDRESS_KEYS.map((k) => [k, given[k] ?? null])) : null
}

function changesFrom(state: State, p: Params, customerId: string): StripeObject {
  const changes = pick(p, ["email", "name", "phone", "description", "metadata", "preferred_locales", "tax_exempt"])
  if (p.address !== undefined) {
    changes.address = address(p.address)
  }
  if (p.shipping !== undefined) {
    changes.shipping = p.shipping && { name: p.shipping.name, phone: p.shipping.phone ?? null, address: address(p.shipping.address) }
  }
  if (p.payment_method) {
    resolvePaymentMethod(state, p.payment_method).customer = customerId
  }
  if (p.invoice_settings) {
    changes.invoice_settings = {
      custom_fields: null,
      default_payment_method: p.invoice_settings.default_payment_method ?? null,
      footer: null,
      rendering_options: null,
    }
  }
  return changes
}

function create(state: State, p: Params): StripeObject {
  const id = newId("cus")
  const customer = {
    id,
    object: "customer",
    address: null,
    balance: 0,
    created: nowSeconds(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email: null,
    invoice_prefix: randomToken(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    name: null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
    ...changesFrom(state, p, id),
    metadata: initialMetadata(p.metadata),
  }
  state.store.customers.set(id, customer)
  state.emit("customer.created", customer)
  return customer
}

export const customerRoutes: Routes = [
  { method: "POST", path: "/v1/customers", returns: "customer", fields: EDITABLE, handle: ({ state, p }) => create(state, p) },
  {
    method: "GET",
    path: "/v1/customers/:id",
    returns: "customer",
    fields: {},
    // a deleted customer still answers, as {id, object, deleted: true}
    handle: ({ state, id }) => state.store.customers.get(id) ?? mustGet(state.store.customers, id, "customer"),
  },
  {
    method: "POST",
    path: "/v1/customers/:id",
    returns: "customer",
    fields: EDITABLE,
    handle: ({ state, p, id }) => {
      const customer = mustGet(state.store.customers, id, "customer")
      return applyUpdate(state, customer, changesFrom(state, p, id), "customer.updated")
    },
  },
  {
    method: "DELETE",
    path: "/v1/customers/:id",
    returns: "customer",
    fields: {},
    handle: ({ state, id }) => {
      const customer = mustGet(state.store.customers, id, "customer")
      const deleted = { id, object: "customer", deleted: true }
      state.store.customers.set(id, deleted)
      state.emit("customer.deleted", customer)
      return deleted
    },
  },
  {
    method: "GET",
    path: "/v1/customers",
    returns: "list:customer",
    fields: { ...LIST_FIELDS, email: str() },
    handle: ({ state, p, path }) =>
      paginate([...state.store.customers.values()].filter((c) => !c.deleted && (!p.email || c.email === p.email)), p, path),
  },
  {
    method: "GET",
    path: "/v1/customers/:id/payment_methods",
    returns: "list:payment_method",
    fields: { ...LIST_FIELDS, type: str(), allow_redisplay: oneOf("always", "limited", "unspecified") },
    handle: ({ state, p, id, path }) => {
      mustGet(state.store.customers, id, "customer")
      return paginate(
        [...state.store.paymentMethods.values()].filter((pm) => pm.customer === id && (!p.type || pm.type === p.type)),
        p,
        path
      )
    },
  },
]
