import { splitVatNumber, type VatRegistry, type VatRegistryResult, VIES_COUNTRIES } from './port.js';

export type ViesOptions = {
  /** The REST service's base, e.g. https://ec.europa.eu/taxation_customs/vies/rest-api */
  baseUrl: string;
  /** The seller's own VAT number: with it VIES returns a consultation number, kept as proof. */
  requesterVatNumber?: string | null;
  /** Per attempt. */
  timeoutMs?: number;
  /** Attempts for the answers that mean "try again" (member state or service unavailable, too busy). */
  attempts?: number;
  /** First back-off; doubled after each attempt. */
  backoffMs?: number;
  /** Marks the answers as coming from the local stand-in. */
  standIn?: boolean;
  fetch?: typeof fetch;
};

/** VIES's answers that say nothing about the number and pass with time. */
const TRANSIENT = new Set([
  'SERVICE_UNAVAILABLE',
  'MS_UNAVAILABLE',
  'TIMEOUT',
  'GLOBAL_MAX_CONCURRENT_REQ',
  'GLOBAL_MAX_CONCURRENT_REQ_TIME',
  'MS_MAX_CONCURRENT_REQ',
  'MS_MAX_CONCURRENT_REQ_TIME',
]);

type ViesBody = {
  valid?: boolean;
  userError?: string;
  name?: string;
  address?: string;
  requestDate?: string;
  requestIdentifier?: string;
  errorWrappers?: { error?: string; message?: string }[];
};

/** VIES writes `---` where the member state does not share a name or address. */
const shared = (value: string | undefined) => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text && text !== '---' ? text : null;
};

/**
 * The EU VIES REST service (`POST /check-vat-number`). It has no client library of its own: this is
 * its published JSON-over-HTTPS interface. Transient answers are retried with back-off and then
 * reported as `unavailable` for a later re-check; a refused request (bad input) is an error.
 */
export function createViesRegistry(options: ViesOptions): VatRegistry {
  const doFetch = options.fetch ?? fetch;
  const attempts = options.attempts ?? 3;
  const registry = 'vies';
  const standIn = options.standIn ?? false;
  const requester = options.requesterVatNumber ? splitVatNumber(options.requesterVatNumber) : null;

  async function once(countryCode: string, number: string): Promise<VatRegistryResult | { retry: string }> {
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl.replace(/\/$/, '')}/check-vat-number`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          countryCode,
          vatNumber: number,
          ...(requester && { requesterMemberStateCode: requester.countryCode, requesterNumber: requester.number }),
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      return { retry: error instanceof Error && error.name === 'TimeoutError' ? 'TIMEOUT' : 'SERVICE_UNAVAILABLE' };
    }
    let body: ViesBody;
    try {
      body = (await response.json()) as ViesBody;
    } catch {
      return { retry: 'SERVICE_UNAVAILABLE' };
    }
    const error =
      body.errorWrappers?.[0]?.error ??
      (body.userError && !['VALID', 'INVALID'].includes(body.userError) ? body.userError : null);
    if (error) {
      if (TRANSIENT.has(error) || response.status >= 500) return { retry: error };
      return { outcome: 'unavailable', registry, standIn, reason: error, retryLater: false };
    }
    if (!response.ok || typeof body.valid !== 'boolean') return { retry: 'SERVICE_UNAVAILABLE' };
    return {
      outcome: body.valid ? 'valid' : 'invalid',
      registry,
      standIn,
      name: shared(body.name),
      address: shared(body.address),
      consultationNumber: body.requestIdentifier?.trim() || null,
      requestDate: (body.requestDate ?? new Date().toISOString()).slice(0, 10),
    };
  }

  return {
    async check(vatNumber) {
      const parts = splitVatNumber(vatNumber);
      if (!parts || !VIES_COUNTRIES.has(parts.countryCode)) return { outcome: 'no_registry' };
      let reason = 'SERVICE_UNAVAILABLE';
      for (let attempt = 0; attempt < attempts; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, (options.backoffMs ?? 1_000) * 2 ** (attempt - 1)));
        const result = await once(parts.countryCode, parts.number);
        if (!('retry' in result)) return result;
        reason = result.retry;
      }
      return { outcome: 'unavailable', registry, standIn, reason, retryLater: true };
    },
  };
}
