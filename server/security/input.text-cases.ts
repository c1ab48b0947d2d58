/**
 * The hostile-input cases of input.test.ts: each request, who sends it, and the answer it must get.
 * Here text PostgreSQL cannot store (NUL, lone UTF-16 surrogates) in a path, query or JSON body.
 */

/** What a case's URL may depend on: the open application input.test.ts registers first. */
export type World = { caseId: string };

export type Who = 'public' | 'customer' | 'admin';
export type Case = {
  name: string;
  who: Who;
  method?: 'GET' | 'POST' | 'PUT';
  url: string | ((world: World) => string);
  /** A JSON body (sent as given when a string). */
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  code: string;
  /** The field the answer names. */
  field?: string;
  /** Text of the request that must not come back. */
  secret?: string;
};

/** The URL a case requests. */
export const urlOf = (c: Case, world: World) => (typeof c.url === 'function' ? c.url(world) : c.url);

const NUL = '\u0000';
const LONE = '\ud800';

/** NUL in path, query and body, and lone surrogates: refused before any handler, naming the field. */
export const TEXT_CASES: Case[] = [
  {
    name: 'FAQ search, %00 in the query',
    who: 'public',
    url: '/api/faq?q=a%00b',
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  {
    name: 'FAQ article, %00 in the path',
    who: 'public',
    url: '/api/faq/a%00b',
    status: 400,
    code: 'validation_failed',
    field: 'key',
  },
  {
    name: 'FAQ search, %00 as a query key',
    who: 'public',
    url: '/api/faq?a%00=1',
    status: 400,
    code: 'validation_failed',
    field: '_',
  },
  {
    name: 'application status, %00 in the token',
    who: 'public',
    url: '/api/registrations/status?token=abc%00def',
    status: 400,
    code: 'validation_failed',
    field: 'token',
  },
  {
    name: 'contact form, NUL in a JSON field',
    who: 'public',
    method: 'POST',
    url: '/api/support/contact',
    body: {
      name: `An${NUL}na`,
      email: 'anna@example.test',
      category: 'other',
      subject: 'Hello',
      message: 'A question',
      locale: 'en',
    },
    status: 400,
    code: 'validation_failed',
    field: 'name',
  },
  {
    name: 'log-in, NUL in the password',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: { email: 'anna@example.test', password: `pass${NUL}word-12345` },
    status: 400,
    code: 'validation_failed',
    field: 'password',
  },
  {
    name: 'catalogue search, %00',
    who: 'customer',
    url: '/api/catalogue?q=EOS%00',
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  {
    name: 'dealer suggestions, %00',
    who: 'customer',
    url: '/api/products/dealers?q=Foto%00',
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  {
    name: 'decision note, NUL',
    who: 'admin',
    method: 'POST',
    url: (w) => `/api/staff/cases/${w.caseId}/decision`,
    body: { type: 'approve', note: `looks fine${NUL}` },
    status: 400,
    code: 'validation_failed',
    field: 'note',
  },
  {
    name: 'finance invoice filter, %00',
    who: 'admin',
    url: '/api/finance/invoices?paymentStatus=paid%00',
    status: 400,
    code: 'validation_failed',
    field: 'paymentStatus',
  },
  {
    name: 'finance payments filter, %00',
    who: 'admin',
    url: '/api/finance/payments?from=2026-01-01%00',
    status: 400,
    code: 'validation_failed',
    field: 'from',
  },
  {
    name: 'audit log filter, %00',
    who: 'admin',
    url: '/api/admin/audit?actor=adm%00in',
    status: 400,
    code: 'validation_failed',
    field: 'actor',
  },
  {
    name: 'case id, %00 in the path',
    who: 'admin',
    url: '/api/staff/cases/%00',
    status: 400,
    code: 'validation_failed',
    field: 'id',
  },
  // Lone UTF-16 surrogates (PostgreSQL refuses them in jsonb, and they are no text).
  {
    name: 'decision note, lone surrogate',
    who: 'admin',
    method: 'POST',
    url: (w) => `/api/staff/cases/${w.caseId}/decision`,
    body: `{"type":"approve","note":"ok \\ud800"}`,
    status: 400,
    code: 'validation_failed',
    field: 'note',
  },
  {
    name: 'contact form, lone low surrogate in a nested key',
    who: 'public',
    method: 'POST',
    url: '/api/support/contact',
    body: `{"name":"Anna","extra":{"\\udc00":1}}`,
    status: 400,
    code: 'validation_failed',
    field: 'extra',
  },
  {
    name: 'log-in, lone surrogate',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: { email: 'anna@example.test', password: `x${LONE}y-long-enough` },
    status: 400,
    code: 'validation_failed',
    field: 'password',
  },
];
