import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeLinkPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [StripeLinkPaymentProviderService] })
