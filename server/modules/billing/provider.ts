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
  /**
   * The hosted page of a checkout created earlier, while it can still be paid; null once it cannot
   * (expired or completed at the provider). A double click or a retry then resumes the same checkout.
   */
  resumeUrl(sessionId: string, returnUrl: string): Promise<string | null>;
  /** Verifies the signature of a webhook body and returns its event; throws when it does not verify. */
  verifyWebhook(rawBody: string, headers: Record<string, string | string[] | undefined>): ProviderEvent;
};

export const TEST_SIGNATURE_HEADER = 'x-propass-test-signature';

/**
 * Where the test provider's page sends the customer back: a portal path of this site only, so the
 * `return` parameter of its page can never lead elsewhere (a real provider stores the URL instead).
 */
export function testReturnPath(value: string | null | undefined): string | null {
  if (!value || !/^\/portal\/[A-Za-z0-9/_\-?=&.%]*$/.test(value) || value.includes('//')) return null;
  return value;
}

export function testProvider(options: { secret: string; publicUrl: string }): PaymentProvider & {
  sign(body: string): string;
} {
  const sign = (body: string) => createHmac('sha256', options.secret).update(body).digest('hex');
  const pageUrl = (sessionId: string, returnUrl: string) => {
    const url = new URL(`${options.publicUrl}/api/billing/test-provider/${sessionId}`);
    const back = returnUrl.startsWith(options.publicUrl) ? returnUrl.slice(options.publicUrl.length) : '';
    if (testReturnPath(back)) url.searchParams.set('return', back);
    return url.toString();
  };
  return {
    name: 'test',
    testMode: true,
    sign,
    async createCheckout(request) {
      const sessionId = `test_${randomUUID()}`;
      return { sessionId, url: pageUrl(sessionId, request.returnUrl) };
    },
    async resumeUrl(sessionId, returnUrl) {
      return pageUrl(sessionId, returnUrl);
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
