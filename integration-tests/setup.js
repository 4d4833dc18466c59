// Each test file loads models again; MikroORM's metadata store is global, so clear it between files.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
