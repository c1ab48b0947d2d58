import Stripe from 'stripe';
import type { PaymentProvider, ProviderEvent } from './provider.js';

export type StripeOptions = {
  secretKey: string;
  webhookSecret: string;
  /** Another API address (a local stripe-mock, say); Stripe's own by default. */
  apiUrl?: string;
};

/**
 * The card payment port on Stripe Checkout, through Stripe's official SDK: ProPass creates a
 * hosted Checkout Session and learns the outcome from signed webhooks (card data never reaches it).
 * Events: `checkout.session.completed` with payment_status `paid` and
 * `checkout.session.async_payment_succeeded` pay; `…async_payment_failed` and `…expired` fail;
 * every other verified event is ignored.
 */
export function stripeProvider(options: StripeOptions): PaymentProvider {
  const api = options.apiUrl ? new URL(options.apiUrl) : undefined;
  const stripe = new Stripe(options.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(api
      ? {
          host: api.hostname,
          port: api.port || (api.protocol === 'https:' ? 443 : 80),
          protocol: api.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });

  return {
    name: 'stripe',
    testMode: options.secretKey.includes('_test_'),
    async createCheckout(request) {
      const returnUrl = new URL(request.returnUrl);
      const cancelUrl = new URL(request.returnUrl);
      cancelUrl.searchParams.set('cancelled', '1');
      const session = await stripe.checkout.sessions.create({
        mode: 'payment',
        client_reference_id: request.reference,
        metadata: { reference: request.reference },
        payment_intent_data: { description: request.description, metadata: { reference: request.reference } },
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: request.currency.toLowerCase(),
              unit_amount: request.amountMinor,
              product_data: { name: request.description },
            },
          },
        ],
        success_url: returnUrl.toString(),
        cancel_url: cancelUrl.toString(),
      });
      if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
      return { sessionId: session.id, url: session.url };
    },
    async resumeUrl(sessionId) {
      try {
        const session = await stripe.checkout.sessions.retrieve(sessionId);
        return session.status === 'open' && session.url ? session.url : null;
      } catch {
        // Unknown or unreachable: a new session is made instead.
        return null;
      }
    },
    verifyWebhook(rawBody, headers) {
      const signature = headers['stripe-signature'];
      // Throws Stripe's signature error when the body or the signature was tampered with or is stale.
      const event = stripe.webhooks.constructEvent(rawBody, String(signature ?? ''), options.webhookSecret);
      const ignored: ProviderEvent = { eventId: event.id, sessionId: '', type: 'ignored', amountMinor: 0 };
      if (!event.type.startsWith('checkout.session.')) return ignored;
      const session = event.data.object as Stripe.Checkout.Session;
      const base = { eventId: event.id, sessionId: session.id, amountMinor: session.amount_total ?? 0 };
      switch (event.type) {
        case 'checkout.session.completed':
          return session.payment_status === 'paid' ? { ...base, type: 'checkout.paid' } : ignored;
        case 'checkout.session.async_payment_succeeded':
          return { ...base, type: 'checkout.paid' };
        case 'checkout.session.async_payment_failed':
        case 'checkout.session.expired':
          return { ...base, type: 'checkout.failed' };
        default:
          return ignored;
      }
    },
  };
}
