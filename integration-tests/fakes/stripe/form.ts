import { invalidParameter } from "./errors"
import { Params } from "./types"

/**
 * Parses Stripe's form encoding (`line_items[0][price]=price_1&metadata[k]=v`,
 * also used for GET query strings) into nested objects. A level whose keys are
 * all integers (or empty brackets) becomes an array, kept sparse so that a
 * metadata key such as "7" keeps its name. Values stay strings: validation
 * coerces them.
 */
export function parseForm(encoded: string): Params {
  // prototype-less, so a parameter named __proto__ or constructor is just an (unknown) key
  const root: Tree = Object.create(null)
  for (const [key, value] of new URLSearchParams(encoded)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key)
    if (!match) {
      throw invalidParameter(key, `Invalid parameter name: ${key}`)
    }
    const segments = [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])]
    assign(root, segments, value, key)
  }
  return arrayify(root) as Params
}

interface Tree {
  [key: string]: Tree | string
}

function assign(root: Tree, segments: string[], value: string, key: string): void {
  let node = root
  segments.forEach((segment, i) => {
    const slot = segment === "" ? String(Object.keys(node).length) : segment
    if (i === segments.length - 1) {
      node[slot] = value
      return
    }
    const existing = node[slot]
    if (typeof existing === "string" && existing !== "") {
      throw invalidParameter(key, `Invalid hash or array given for ${key}: the parameter was also given as a string`)
    }
    if (existing === undefined || typeof existing === "string") {
      node[slot] = Object.create(null)
    }
    node = node[slot] as Tree
  })
}

function arrayify(value: Tree | string): unknown {
  if (typeof value === "string") {
    return value
  }
  const keys = Object.keys(value)
  if (keys.length && keys.every((k) => /^\d+$/.test(k))) {
    const out: unknown[] = []
    for (const k of keys) {
      out[Number(k)] = arrayify(value[k])
    }
    return out
  }
  return Object.fromEntries(keys.map((k) => [k, arrayify(value[k])]))
}
