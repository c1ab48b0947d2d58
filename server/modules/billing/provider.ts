import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export type CheckoutRequest = {
  reference: string;
  amountMinor: number;
  currency: string;
  description: string;
  returnUrl: string;
};
export type ProviderEvent = {
  eventId: string;
  sessionId: string;
  /** `ignored`: a verified event this port does not act on (answered 200 so the provider stops sending it). */
  type: 'checkout.paid' | 'checkout.failed' | 'ignored';
  amountMinor: number;
};

/**
 * The card payment provider port: a hosted checkout (card data never touches ProPass) and signed
 * webhooks. `test` runs the same redirect-and-webhook flow on this machine and says so on its
 * page; a real provider's adapter implements the same port.
 */
export type PaymentProvider = {
  name: string;
  testMode: boolean;
  createCheckout(request: CheckoutRequest): Promise<{ sessionId: string; url: string }>;
  /** Verifies the signature of a webhook body and returns its event; throws when it does not verify. */
  verifyWebhook(rawBody: string, headers: Record<string, string | string[] | undefined>): ProviderEvent;
};

export const TEST_SIGNATURE_HEADER = 'x-propass-test-signature';

export function testProvider(options: { secret: string; publicUrl: string }): PaymentProvider & {
  sign(body: string): string;
} {
  const sign = (body: string) => createHmac('sha256', options.secret).update(body).digest('hex');
  return {
    name: 'test',
    testMode: true,
    sign,
    async createCheckout() {
      const sessionId = `test_${randomUUID()}`;
      return { sessionId, url: `${options.publicUrl}/api/billing/test-provider/${sessionId}` };
    },
    verifyWebhook(rawBody, headers) {
      const given = String(headers[TEST_SIGNATURE_HEADER] ?? '');
      const expected = sign(rawBody);
      if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
        throw new Error('webhook signature does not verify');
      }
      const event = JSON.parse(rawBody) as ProviderEvent;
      if (!event.eventId || !event.sessionId || !['checkout.paid', 'checkout.failed'].includes(event.type))
        throw new Error('malformed event');
      return event;
    },
  };
}
