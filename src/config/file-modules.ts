import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"
import { AppEnv } from "./env"
import { backendUrl } from "./project-config"

/**
 * Medusa's File module with its local provider. Public files (product
 * pictures) are served from static/ on /static. Private files (customers'
 * reference images) go to private/, which nothing serves: they are streamed
 * only by routes that check who is asking. (Medusa's local provider would put
 * private files in static/ too, where anyone could fetch them.)
 */
export function fileModules(env: AppEnv, cwd = process.cwd()): InputConfigModules {
  return [
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: path.join(cwd, "static"),
              private_upload_dir: path.join(cwd, "private"),
              backend_url: `${backendUrl(env)}/static`,
            },
          },
        ],
      },
    },
  ]
}
