import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { PDF } from '../test/http.js';
import type { Operation, Param } from './fuzz.operations.js';
import type { Call } from './support/actors.js';
import {
  boundaries,
  type Context,
  type JsonSchema,
  leafPaths,
  nastyValues,
  replaceAt,
  valid,
} from './support/arbitraries.js';
import { encode, queryString, rawMultipart } from './support/wire.js';

/** The generated requests of the fuzz suite: valid values from an operation's schemas, boundaries, one field malformed. */

export type Generated = {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  files: Buffer[];
  fileName: string;
  mutation: { target: 'body' | 'query' | 'path'; index: number; value: unknown } | null;
};

const fileContent = fc.oneof(
  fc.constant(PDF),
  fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
  fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)),
  fc.constant(Buffer.from('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>')),
  fc.constant(Buffer.from('legacy_id,email,company\n1,a@example.test,A\n')),
);

function paramArbitrary(p: Param, ctx: Context): fc.Arbitrary<unknown> {
  if (p.schema.format === 'uuid' && ctx.ids.length) return fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid());
  return valid(p.schema, ctx);
}

export function bodySchema(op: Operation): JsonSchema | undefined {
  return op.body?.schema ?? op.upload?.json;
}

/** Every boundary value of every field the operation declares. */
function boundaryValues(op: Operation): unknown[] {
  const out: unknown[] = [];
  const walk = (s: JsonSchema | undefined) => {
    if (!s) return;
    out.push(...boundaries(s));
    for (const child of [
      ...Object.values(s.properties ?? {}),
      s.items,
      ...(s.anyOf ?? []),
      ...(s.oneOf ?? []),
      typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined,
    ])
      walk(child);
  };
  walk(bodySchema(op));
  for (const p of op.params) walk(p.schema);
  return out;
}

export function requestArbitrary(op: Operation, ctx: Context): fc.Arbitrary<Generated> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const schema = bodySchema(op);
  const odd = [...nastyValues, ...boundaryValues(op)];
  return fc.record({
    path: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, paramArbitrary(p, ctx)]))),
    query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, paramArbitrary(p, ctx)])), {
      requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name) as never[],
    }),
    body: schema ? valid(schema, ctx) : fc.constant(undefined),
    files: fc.array(fileContent, { maxLength: 3 }),
    fileName: fc.oneof(fc.constant('document.pdf'), fc.string({ maxLength: 30 })),
    mutation: fc.option(
      fc.record({
        target: fc.constantFrom('body' as const, 'query' as const, 'path' as const),
        index: fc.nat(),
        value: fc.constantFrom(...odd),
      }),
      { freq: 2 },
    ),
  });
}

function fileCount(json: unknown): number {
  const j = json as { documents?: unknown; attachments?: unknown } | null;
  const list = j && typeof j === 'object' ? (j.documents ?? j.attachments) : undefined;
  return Array.isArray(list) ? Math.min(list.length, 4) : 0;
}

export function toCall(op: Operation, g: Generated): Call {
  let { path: params, query, body } = g;
  const m = g.mutation;
  if (m) {
    const queryNames = Object.keys(query).length
      ? Object.keys(query)
      : op.params.filter((p) => p.in === 'query').map((p) => p.name);
    const pathNames = Object.keys(params);
    if (m.target === 'query' && queryNames.length)
      query = { ...query, [queryNames[m.index % queryNames.length]!]: m.value };
    else if (m.target === 'path' && pathNames.length)
      params = { ...params, [pathNames[m.index % pathNames.length]!]: m.value };
    else if (body !== undefined) {
      const paths = leafPaths(body);
      body = replaceAt(body, paths[m.index % paths.length]!, m.value);
    }
  }
  const url =
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(String(params[name] ?? randomUUID()))) +
    queryString(query);
  if (op.upload) {
    const { field, fileField } = op.upload;
    const files = field ? Array.from({ length: fileCount(body) }, (_, i) => g.files[i] ?? PDF) : g.files.slice(0, 1);
    return {
      method: op.method,
      url,
      ...rawMultipart([
        ...(field
          ? [{ headers: [`Content-Disposition: form-data; name="${field}"`], data: JSON.stringify(body) ?? 'null' }]
          : []),
        ...files.map((data) => ({
          headers: [
            `Content-Disposition: form-data; name="${fileField}"; filename="${g.fileName.replace(/["\r\n]/g, '_')}"`,
            'Content-Type: application/octet-stream',
          ],
          data,
        })),
      ]),
    };
  }
  if (!op.body || body === undefined) return { method: op.method, url };
  if (op.body.type === 'text/csv')
    return {
      method: op.method,
      url,
      payload: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'text/csv' },
    };
  return { method: op.method, url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}
