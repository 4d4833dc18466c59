/**
 * Query keys per resource: all / lists() / list(query) / details() / detail(id).
 * A list's key includes its query, so every page, filter and search has its own
 * cache entry, and invalidating lists() refreshes them all.
 */
export function queryKeysFactory<TScope extends string>(scope: TScope) {
  const keys = {
    all: [scope] as const,
    lists: () => [...keys.all, "list"] as const,
    list: (query: object = {}) => [...keys.lists(), query] as const,
    details: () => [...keys.all, "detail"] as const,
    detail: (id: string) => [...keys.details(), id] as const,
  }
  return keys
}
