import { stateError } from "../errors"
import { newId, nowSeconds } from "../ids"
import { LIST_FIELDS, paginate } from "../lists"
import { Routes } from "../router"
import { State } from "../state"
import { Params, StripeObject } from "../types"
import { Fields, arr, bool, cannotUnset, initialMetadata, metadata, req, str, url } from "../validate"
import { applyUpdate, mustGet, pick, retrieve } from "./common"

const EDITABLE: Fields = {
  name: str(),
  active: bool(),
  description: str(),
  metadata: metadata(),
  images: arr(str()),
  shippable: bool(),
  statement_descriptor: str(),
  tax_code: str(),
  unit_label: str(),
  url: url(),
}

/** The fields `prices.create` accepts in `product_data`. */
export const PRODUCT_DATA: Fields = {
  name: req(str()),
  active: bool(),
  id: str(),
  metadata: metadata(),
  statement_descriptor: str(),
  tax_code: str(),
  unit_label: str(),
}

export function createProduct(state: State, p: Params): StripeObject {
  if (p.id && state.store.products.has(p.id)) {
    throw stateError("Product already exists.", { code: "resource_already_exists", param: "id" })
  }
  const now = nowSeconds()
  const product = {
    id: p.id ?? newId("prod"),
    object: "product",
    active: p.active ?? true,
    created: now,
    default_price: null,
    description: p.description ?? null,
    images: p.images ?? [],
    livemode: false,
    marketing_features: [],
    metadata: initialMetadata(p.metadata),
    name: p.name,
    package_dimensions: null,
    shippable: p.shippable ?? null,
    statement_descriptor: p.statement_descriptor ?? null,
    tax_code: p.tax_code ?? null,
    type: "service",
    unit_label: p.unit_label ?? null,
    updated: now,
    url: p.url ?? null,
  }
  state.store.products.set(product.id, product)
  state.emit("product.created", product)
  return product
}

export const productRoutes: Routes = [
  {
    method: "POST",
    path: "/v1/products",
    returns: "product",
    fields: { ...EDITABLE, name: req(str()), id: str() },
    handle: ({ state, p }) => createProduct(state, p),
  },
  { method: "GET", path: "/v1/products/:id", returns: "product", fields: {}, handle: retrieve("product", (s) => s.store.products) },
  {
    method: "POST",
    path: "/v1/products/:id",
    returns: "product",
    fields: { ...EDITABLE, default_price: str() },
    handle: ({ state, p, id }) => {
      const product = mustGet(state.store.products, id, "product")
      cannotUnset(p, ["name", "active"])
      if (p.default_price && state.store.prices.get(p.default_price)?.product !== id) {
        throw stateError(`No such price: '${p.default_price}' on product '${id}'`, { param: "default_price" })
      }
      return applyUpdate(state, product, pick(p, [...Object.keys(EDITABLE), "default_price"]), "product.updated")
    },
  },
  {
    method: "GET",
    path: "/v1/products",
    returns: "list:product",
    fields: { ...LIST_FIELDS, active: bool() },
    handle: ({ state, p, path }) =>
      paginate([...state.store.products.values()].filter((x) => p.active === undefined || x.active === p.active), p, path),
  },
]
