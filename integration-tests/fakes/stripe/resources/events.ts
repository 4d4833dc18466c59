import { noSuch } from "../errors"
import { LIST_FIELDS, paginate } from "../lists"
import { Routes } from "../router"
import { StripeObject } from "../types"
import { arr, int, obj, str } from "../validate"

/** `type` may end in a wildcard, as in Stripe: "charge.*". */
function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith(".*") ? type.startsWith(pattern.slice(0, -1)) : type === pattern
}

function createdMatches(created: number, range: Record<string, number> | number | undefined): boolean {
  if (range === undefined) {
    return true
  }
  if (typeof range === "number") {
    return created === range
  }
  return (
    (range.gt === undefined || created > range.gt) &&
    (range.gte === undefined || created >= range.gte) &&
    (range.lt === undefined || created < range.lt) &&
    (range.lte === undefined || created <= range.lte)
  )
}

export const eventRoutes: Routes = [
  {
    method: "GET",
    path: "/v1/events/:id",
    returns: "event",
    fields: {},
    handle: ({ state, id }) => {
      const event = id.startsWith("evt_") ? state.find(id) : undefined
      if (!event) {
        throw noSuch("event", id)
      }
      return event
    },
  },
  {
    method: "GET",
    path: "/v1/events",
    returns: "list:event",
    fields: { ...LIST_FIELDS, type: str(), types: arr(str()), created: obj({ gt: int(), gte: int(), lt: int(), lte: int() }) },
    handle: ({ state, p, path }) =>
      paginate(
        (state.events as unknown as StripeObject[]).filter(
          (e) =>
            (!p.type || typeMatches(p.type, e.type)) &&
            (!p.types || (p.types as string[]).some((t) => typeMatches(t, e.type))) &&
            createdMatches(e.created, p.created)
        ),
        p,
        path
      ),
  },
]
