import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the VIES REST service, for tests and demonstrations where the EU service cannot
 * be reached. It speaks the same HTTP and answers like VIES's own test service: number 100 valid,
 * 200 invalid, 201 invalid input, 300 service unavailable, 301 member state unavailable, 302 time-out,
 * 400 VAT blocked, 401 IP blocked, 500/501 global and 600/601 member-state concurrency limits. Number
 * 100 comes with a name and address (marked as the stand-in's). Any other number is answered as
 * registered without name or address (as member states that share neither answer), so a demonstration
 * runs; the UI names the stand-in as such.
 */
export type ViesStandIn = {
  url: string;
  /** Requests received, for tests that count retries. */
  requests: { countryCode: string; vatNumber: string; requesterNumber?: string }[];
  /**
   * Answers by number (without country prefix), overriding the table: a test code (`'301'`: down now,
   * up once deleted) or a registered trader's name and address.
   */
  answer: Map<string, string | { name: string; address: string }>;
  close(): Promise<void>;
};

const ERRORS: Record<string, { status: number; error: string }> = {
  '201': { status: 400, error: 'INVALID_INPUT' },
  '202': { status: 400, error: 'INVALID_REQUESTER_INFO' },
  '300': { status: 500, error: 'SERVICE_UNAVAILABLE' },
  '301': { status: 500, error: 'MS_UNAVAILABLE' },
  '302': { status: 500, error: 'TIMEOUT' },
  '400': { status: 400, error: 'VAT_BLOCKED' },
  '401': { status: 400, error: 'IP_BLOCKED' },
  '500': { status: 500, error: 'GLOBAL_MAX_CONCURRENT_REQ' },
  '501': { status: 500, error: 'GLOBAL_MAX_CONCURRENT_REQ_TIME' },
  '600': { status: 500, error: 'MS_MAX_CONCURRENT_REQ' },
  '601': { status: 500, error: 'MS_MAX_CONCURRENT_REQ_TIME' },
};

export async function startViesStandIn(port = 0): Promise<ViesStandIn> {
  const requests: ViesStandIn['requests'] = [];
  const answer: ViesStandIn['answer'] = new Map();
  let consultation = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const send = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || !/\/check-vat-(number|test-service)$/.test(req.url ?? '')) return send(404, {});
      let body: { countryCode?: string; vatNumber?: string; requesterNumber?: string };
      try {
        body = JSON.parse(raw);
      } catch {
        return send(400, { actionSucceed: false, errorWrappers: [{ error: 'INVALID_INPUT' }] });
      }
      const countryCode = String(body.countryCode ?? '');
      const vatNumber = String(body.vatNumber ?? '');
      requests.push({ countryCode, vatNumber, requesterNumber: body.requesterNumber });
      const given = answer.get(vatNumber);
      const trader = typeof given === 'object' ? given : null;
      const code = typeof given === 'string' ? given : vatNumber;
      const error = ERRORS[code];
      if (error) return send(error.status, { actionSucceed: false, errorWrappers: [{ error: error.error }] });
      const valid = code !== '200';
      consultation++;
      return send(200, {
        countryCode,
        vatNumber,
        requestDate: new Date().toISOString(),
        valid,
        requestIdentifier: valid && body.requesterNumber ? `WAPISTANDIN${String(consultation).padStart(6, '0')}` : '',
        name: trader?.name ?? (code === '100' ? 'VIES STAND-IN TRADER' : '---'),
        address: trader?.address ?? (code === '100' ? 'STAND-IN STREET 1\n1000 AA STAND-IN CITY' : '---'),
        userError: valid ? 'VALID' : 'INVALID',
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    answer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
