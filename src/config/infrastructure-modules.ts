import { Modules } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"
import { AppEnv } from "./env"

/**
 * With REDIS_URL set, Medusa's Redis modules replace the in-memory defaults for
 * the event bus, the workflow engine, locking and the cache, so that several
 * server and worker processes share one state. Without it, Medusa's in-memory
 * modules are used (one process only; fine for development and tests).
 */
export function redisModules(env: AppEnv): InputConfigModules {
  const redisUrl = env.REDIS_URL
  if (!redisUrl) {
    return []
  }
  return [
    {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { url: redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            id: "locking-redis",
            resolve: "@medusajs/medusa/locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      key: Modules.CACHE,
      resolve: "@medusajs/medusa/cache-redis",
      options: { redisUrl },
    },
  ]
}
