import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { loggedMessage } from "./logged-message"

/**
 * The development e-mail provider: instead of sending, it writes each message
 * to the server log as its reader would see it (recipient, subject,
 * attachments, plain-text body). Medusa's notification-local provider logs
 * only a line of JSON.
 */
export default class LogNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-log"

  protected readonly logger_: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger_ = logger
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A notification needs a recipient (to)")
    }
    this.logger_.info(loggedMessage(notification))
    return {}
  }
}
