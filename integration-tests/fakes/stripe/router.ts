import { State } from "./state"
import { HttpMethod, Params, StripeObject } from "./types"
import { Fields } from "./validate"

export interface RouteContext {
  state: State
  /** validated, coerced parameters */
  p: Params
  /** the `:id` path segment, if the route has one */
  id: string
  /** the request path, for list `url` fields */
  path: string
}

export interface Route {
  method: HttpMethod
  /** e.g. "/v1/payment_intents/:id/capture" */
  path: string
  /** the object type answered ("payment_intent", "list:charge"), for `expand[]` checks */
  returns: string
  /** the allow-list of parameters */
  fields: Fields
  handle(ctx: RouteContext): StripeObject
}

export type Routes = Route[]

interface Compiled {
  route: Route
  pattern: RegExp
}

/** Finds the route for a method and path; `:id` matches one path segment. */
export class Router {
  private readonly compiled: Compiled[]

  constructor(routes: Routes) {
    this.compiled = routes.map((route) => ({
      route,
      pattern: new RegExp(`^${route.path.replace(/\//g, "\\/").replace(":id", "([^/]+)")}$`),
    }))
  }

  match(method: string, path: string): { route: Route; id: string } | undefined {
    for (const { route, pattern } of this.compiled) {
      const m = route.method === method ? pattern.exec(path) : null
      if (m) {
        return { route, id: m[1] ? decodeURIComponent(m[1]) : "" }
      }
    }
    return undefined
  }
}
