import type Stripe from "stripe"
import { TEST_WEBHOOK_SECRETS } from "./fake-stripe"
import { FakeStripe } from "../fakes/stripe"

/** The first event of a type among those the fake returned (e.g. from payLink). */
export const eventOfType = (sent: Stripe.Event[], type: string) => {
  const event = sent.find((e) => e.type === type)
  if (!event) throw new Error(`no ${type} among ${sent.map((e) => e.type).join(", ")}`)
  return event
}

export const checkoutCompleted = (sent: Stripe.Event[]) => eventOfType(sent, "checkout.session.completed")

/** The PaymentIntent of a checkout.session.completed event. */
export const paymentIntentOf = (sent: Stripe.Event[]) =>
  (checkoutCompleted(sent).data.object as Stripe.Checkout.Session).payment_intent as string

/** Delivers events to the app's custom order webhook, signed with its secret (or as overridden). */
export function customOrderWebhook(baseUrl: () => string, fake: () => FakeStripe) {
  const url = () => `${baseUrl()}/hooks/custom-orders/stripe`
  return {
    url,
    deliver: (event: Stripe.Event, opts: { timestamp?: number; header?: string; secret?: string } = {}) =>
      fake().deliver(url(), event, { secret: TEST_WEBHOOK_SECRETS.customOrders, ...opts }),
  }
}
