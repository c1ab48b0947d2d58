import type { z } from 'zod';
import { MoreInfoInput, RegistrationInput } from '../../contracts/registration.js';
import { NewTicketInput, ReplyInput } from '../../contracts/support.js';
import type { JsonSchema } from './support/arbitraries.js';
import { jsonSchemasOf } from './support/requests.js';
import { openApiPath, routeTable } from './support/route-table.js';

/** The fuzz suite's operations: every operation of the API document, and the hidden routes of the route table. */

/**
 * Multipart operations: the API document has no body schema for them (the JSON travels in a form
 * field), so the contract is named here. A file-only upload has no JSON field.
 */
export const UPLOADS: Record<
  string,
  { field?: string; fileField: string; schema?: z.ZodType; files?: (json: unknown) => number }
> = {
  'POST /api/registrations': { field: 'application', fileField: 'documents', schema: RegistrationInput },
  'POST /api/registrations/more-info': { field: 'data', fileField: 'documents', schema: MoreInfoInput },
  'POST /api/support/tickets': { field: 'ticket', fileField: 'attachments', schema: NewTicketInput },
  'POST /api/support/tickets/{id}/messages': { field: 'reply', fileField: 'attachments', schema: ReplyInput },
  'POST /api/finance/statements': { fileField: 'file' },
  'POST /api/admin/legacy-imports': { fileField: 'file' },
};

/**
 * Routes the API document hides. They get the malformed-input cases only (no schema to generate
 * from): the webhook needs a signature over the raw body, the test payment page a checkout
 * session, and the reference pages and probes take no input.
 */
export const HIDDEN: Record<string, string> = {
  'POST /api/billing/webhooks/test': 'signed webhook: unsigned and malformed bodies must be refused with 4xx',
  'GET /api/billing/test-provider/{sessionId}': 'TEST MODE payment page; the session id is its only input',
  'POST /api/billing/test-provider/{sessionId}': 'TEST MODE payment outcome (form post)',
  'GET /api/openapi.json': 'no input',
  'GET /api/docs': 'static reference page',
  'GET /api/docs/': 'static reference page',
  'GET /api/docs/js/scalar.js': 'static script',
  'GET /healthz': 'no input',
  'GET /readyz': 'no input',
  'GET /metrics': 'its only input is the bearer token (metrics.test.ts)',
};

/** These change the clock or run the daily jobs: fuzzed last, and the clock is put back after each. */
export const LAST = ['POST /api/dev/clock', 'POST /api/dev/daily-run'];

export type Param = { name: string; in: 'path' | 'query'; required?: boolean; schema: JsonSchema };
export type Operation = {
  key: string;
  method: string;
  path: string;
  params: Param[];
  body?: { type: string; schema: JsonSchema };
  upload?: (typeof UPLOADS)[string] & { json?: JsonSchema };
  hidden: boolean;
};

/** What the API document says of an operation's input. */
export type ApiDocument = {
  paths: Record<
    string,
    Record<string, { parameters?: Param[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
  >;
};

/**
 * The operations of the document, then the routes it hides (path parameters only), the ones that
 * change the clock last; with the documented keys, the hidden routes and each route's guard.
 */
export function collectOperations(doc: ApiDocument) {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(methods)) {
      const method = m.toUpperCase();
      const key = `${method} ${path}`;
      const content = Object.entries(op.requestBody?.content ?? {})[0];
      const upload = UPLOADS[key];
      operations.push({
        key,
        method,
        path,
        params: op.parameters ?? [],
        body: content ? { type: content[0], schema: content[1].schema } : undefined,
        upload: upload && { ...upload, json: upload.schema ? jsonSchemasOf(upload.schema) : undefined },
        hidden: false,
      });
    }
  }
  const documented = new Set(operations.map((o) => o.key));
  const hiddenRoutes = routeTable()
    .map((r) => ({ ...r, key: `${r.method} ${openApiPath(r.url)}` }))
    .filter((r) => !documented.has(r.key));
  for (const r of hiddenRoutes) {
    const names = [...r.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
    operations.push({
      key: r.key,
      method: r.method,
      path: openApiPath(r.url),
      params: names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string', maxLength: 100 } })),
      hidden: true,
    });
  }
  const guards = new Map(routeTable().map((r) => [`${r.method} ${openApiPath(r.url)}`, r.guard]));
  operations.sort((a, b) => Number(LAST.includes(a.key)) - Number(LAST.includes(b.key)));
  return { operations, documented, hiddenRoutes, guards };
}
