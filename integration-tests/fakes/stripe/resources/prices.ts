import { exclusiveParameters, missingParameter, noSuch } from "../errors"
import { newId, nowSeconds } from "../ids"
import { LIST_FIELDS, paginate } from "../lists"
import { Routes } from "../router"
import { State } from "../state"
import { Params, StripeObject } from "../types"
import { Fields, bool, cannotUnset, currency, initialMetadata, int, metadata, obj, oneOf, req, str } from "../validate"
import { applyUpdate, mustGet, pick, retrieve } from "./common"
import { PRODUCT_DATA, createProduct } from "./products"

/** One-time, per-unit prices only: what payment links for a fixed amount need. */
export const PRICE_CREATE: Fields = {
  currency: req(currency()),
  unit_amount: int(0),
  product: str(),
  product_data: obj(PRODUCT_DATA),
  metadata: metadata(),
  active: bool(),
  nickname: str(),
  lookup_key: str(),
  tax_behavior: oneOf("inclusive", "exclusive", "unspecified"),
}

/** `price_data` inside line items: a price made on the fly. */
export const PRICE_DATA: Fields = {
  currency: req(currency()),
  unit_amount: int(0),
  product: str(),
  product_data: obj(PRODUCT_DATA),
  tax_behavior: oneOf("inclusive", "exclusive", "unspecified"),
}

/** Creates a price; `param` prefixes error params when the price comes from a line item's price_data. */
export function createPrice(state: State, p: Params, param = ""): StripeObject {
  const at = (name: string) => (param ? `${param}[${name}]` : name)
  if (p.product && p.product_data) {
    throw exclusiveParameters([at("product"), at("product_data")])
  }
  if (!p.product && !p.product_data) {
    throw missingParameter(at("product"))
  }
  if (p.unit_amount === undefined || p.unit_amount === null) {
    throw missingParameter(at("unit_amount"))
  }
  const product = p.product
    ? mustGet(state.store.products, p.product, "product", at("product")).id
    : createProduct(state, p.product_data).id
  const price = {
    id: newId("price"),
    object: "price",
    active: p.active ?? true,
    billing_scheme: "per_unit",
    created: nowSeconds(),
    currency: p.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: p.lookup_key ?? null,
    metadata: initialMetadata(p.metadata),
    nickname: p.nickname ?? null,
    product,
    recurring: null,
    tax_behavior: p.tax_behavior ?? "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: "one_time",
    unit_amount: p.unit_amount,
    unit_amount_decimal: String(p.unit_amount),
  }
  state.store.prices.set(price.id, price)
  state.emit("price.created", price)
  return price
}

/** A price given by id in a parameter: must exist (404 resource_missing with `param`). */
export function priceParam(state: State, id: string, param: string): StripeObject {
  const price = state.store.prices.get(id)
  if (!price) {
    throw noSuch("price", id, param)
  }
  return price
}

export const priceRoutes: Routes = [
  {
    method: "POST",
    path: "/v1/prices",
    returns: "price",
    fields: PRICE_CREATE,
    handle: ({ state, p }) => createPrice(state, p),
  },
  { method: "GET", path: "/v1/prices/:id", returns: "price", fields: {}, handle: retrieve("price", (s) => s.store.prices) },
  {
    method: "POST",
    path: "/v1/prices/:id",
    returns: "price",
    fields: { active: bool(), metadata: metadata(), nickname: str(), lookup_key: str() },
    handle: ({ state, p, id }) => {
      const price = mustGet(state.store.prices, id, "price")
      cannotUnset(p, ["active"])
      return applyUpdate(state, price, pick(p, ["active", "metadata", "nickname", "lookup_key"]), "price.updated")
    },
  },
  {
    method: "GET",
    path: "/v1/prices",
    returns: "list:price",
    fields: { ...LIST_FIELDS, active: bool(), product: str(), currency: currency() },
    handle: ({ state, p, path }) =>
      paginate(
        [...state.store.prices.values()].filter(
          (x) =>
            (p.active === undefined || x.active === p.active) &&
            (!p.product || x.product === p.product) &&
            (!p.currency || x.currency === p.currency)
        ),
        p,
        path
      ),
  },
]
