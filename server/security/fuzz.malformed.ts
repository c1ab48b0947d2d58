import { randomUUID } from 'node:crypto';
import { PDF } from '../test/http.js';
import type { Operation } from './fuzz.operations.js';
import { bodySchema, toCall } from './fuzz.requests.js';
import type { Call } from './support/actors.js';
import {
  type Context,
  deepArrayJson,
  deepJson,
  LONE_SURROGATE,
  LONG_STRING_LENGTH,
  NUL,
  sampleValid,
} from './support/arbitraries.js';
import { brief, encode, mapLeaves, mapStrings, rawMultipart } from './support/wire.js';

/** The fixed malformed requests every operation gets (whatever its schema). */
export function malformedCases(
  op: Operation,
  ctx: Context,
  seed: number,
  otherUserIds: readonly string[],
): { label: string; call: Call }[] {
  // The mildest of a few valid samples (smallest numbers), so each case below tests its own malformation.
  const largest = (v: unknown) => {
    let max = 0;
    mapLeaves(v, (x) => {
      if (typeof x === 'number') max = Math.max(max, Math.abs(x));
      return x;
    });
    return max;
  };
  const sample = (sampleValid(bodySchema(op), ctx, seed, 20).sort((a, b) => largest(a) - largest(b))[0] ??
    {}) as unknown;
  const base = toCall(op, {
    path: Object.fromEntries(op.params.filter((p) => p.in === 'path').map((p) => [p.name, ctx.ids[0] ?? randomUUID()])),
    query: {},
    body: sample,
    files: [],
    fileName: 'a.pdf',
    mutation: null,
  });
  const [pathOnly] = base.url.split('?') as [string];
  const json = (payload: string | Buffer) => ({
    ...base,
    url: pathOnly,
    payload,
    headers: { 'content-type': 'application/json' },
  });
  const cases: { label: string; call: Call }[] = [];
  const add = (label: string, call: Call) => cases.push({ label, call });

  // Bodies: every method, since a body the route does not expect must not break it either.
  add('invalid JSON', json('{"a":'));
  add('empty JSON body', json(''));
  add('JSON null', json('null'));
  add('JSON array', json('[]'));
  add('JSON string', json('"text"'));
  add('JSON number', json('123'));
  add('nesting 1000 levels (objects)', json(deepJson(1000)));
  add('nesting 1000 levels (arrays)', json(deepArrayJson(1000)));
  add('body over the size limit', json(JSON.stringify({ a: 'x'.repeat(300 * 1024) })));
  add('NUL in every string', json(JSON.stringify(mapStrings(sample, (s) => `${s}${NUL}`))));
  add('NUL as every string', json(JSON.stringify(mapStrings(sample, () => NUL))));
  add('lone surrogate in every string', json(JSON.stringify(mapStrings(sample, (s) => `${s}${LONE_SURROGATE}`))));
  add(
    'invalid UTF-8 in every string',
    json(
      Buffer.concat(
        JSON.stringify(mapStrings(sample, () => '@@BAD@@'))
          .split('@@BAD@@')
          .flatMap((part, i) =>
            i === 0 ? [Buffer.from(part)] : [Buffer.from([0xed, 0xa0, 0x80, 0xff]), Buffer.from(part)],
          ),
      ),
    ),
  );
  add('100k-character strings', json(JSON.stringify(mapStrings(sample, () => 'x'.repeat(LONG_STRING_LENGTH)))));
  add('huge numbers', json(JSON.stringify(mapLeaves(sample, (v) => (typeof v === 'number' ? 1e308 : v)))));
  add('2^53 + 1 as numbers', json(JSON.stringify(mapLeaves(sample, (v) => (typeof v === 'number' ? 2 ** 53 + 1 : v)))));
  add('negative numbers', json(JSON.stringify(mapLeaves(sample, (v) => (typeof v === 'number' ? -1 : v)))));
  add(
    'wrong types for every field',
    json(
      JSON.stringify(
        mapLeaves(sample, (v) =>
          typeof v === 'string' ? 12345 : typeof v === 'number' ? 'NaN' : typeof v === 'boolean' ? 'true' : {},
        ),
      ),
    ),
  );
  add('prototype keys', json('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}'));
  add('text/plain', { ...base, url: pathOnly, payload: 'hello', headers: { 'content-type': 'text/plain' } });
  add('application/xml', {
    ...base,
    url: pathOnly,
    payload: '<a><b>1</b></a>',
    headers: { 'content-type': 'application/xml' },
  });
  add('unknown content type', {
    ...base,
    url: pathOnly,
    payload: 'x',
    headers: { 'content-type': 'application/x-fuzz' },
  });
  add('form-urlencoded', {
    ...base,
    url: pathOnly,
    payload: 'a=%00&b=1',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  const field = op.upload?.field ?? 'data';
  const fileField = op.upload?.fileField ?? 'file';
  const jsonPart = { headers: [`Content-Disposition: form-data; name="${field}"`], data: JSON.stringify(sample) };
  add('multipart with a named file', {
    ...base,
    url: pathOnly,
    ...rawMultipart([
      jsonPart,
      {
        headers: [
          `Content-Disposition: form-data; name="${fileField}"; filename="a.pdf"`,
          'Content-Type: application/pdf',
        ],
        data: PDF,
      },
    ]),
  });
  add('multipart file part with an empty file name', {
    ...base,
    url: pathOnly,
    ...rawMultipart([
      jsonPart,
      {
        headers: [`Content-Disposition: form-data; name="${fileField}"; filename=""`, 'Content-Type: application/pdf'],
        data: PDF,
      },
    ]),
  });
  add('multipart file part without a file name', {
    ...base,
    url: pathOnly,
    ...rawMultipart([
      jsonPart,
      { headers: [`Content-Disposition: form-data; name="${fileField}"`, 'Content-Type: application/pdf'], data: PDF },
    ]),
  });
  add('multipart file before the JSON field', {
    ...base,
    url: pathOnly,
    ...rawMultipart([
      {
        headers: [
          `Content-Disposition: form-data; name="${fileField}"; filename="a.pdf"`,
          'Content-Type: application/pdf',
        ],
        data: PDF,
      },
      jsonPart,
    ]),
  });
  add('multipart with NUL in the field and file names', {
    ...base,
    url: pathOnly,
    ...rawMultipart([
      {
        headers: [`Content-Disposition: form-data; name="${field}"`],
        data: JSON.stringify(mapStrings(sample, (s) => `${s}${NUL}`)),
      },
      {
        headers: [
          `Content-Disposition: form-data; name="${fileField}"; filename="a${NUL}.pdf"`,
          'Content-Type: application/pdf',
        ],
        data: PDF,
      },
    ]),
  });
  add('multipart without a boundary', {
    ...base,
    url: pathOnly,
    payload: 'x',
    headers: { 'content-type': 'multipart/form-data' },
  });
  add('multipart cut off', {
    ...base,
    url: pathOnly,
    payload: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nab',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
  });

  // Path parameters: each one malformed, and ids that exist nowhere or are of another kind.
  for (const p of op.params.filter((q) => q.in === 'path')) {
    const bad = ['not-a-uuid', '%00', 'a%00b', '%ED%A0%80', '%FF', 'x'.repeat(2000), '..%2F..%2Fetc%2Fpasswd'];
    const ids = [randomUUID(), '00000000-0000-0000-0000-000000000000', ...otherUserIds.slice(0, 1)];
    for (const raw of [...bad, ...ids]) {
      const url = `${op.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === p.name ? raw : encode(String(ctx.ids[0] ?? randomUUID()))))}`;
      add(`path ${p.name}=${brief(raw, 40)}`, { ...base, url });
    }
  }
  // Query parameters: each one malformed (raw, as a client could send it), repeated, and an unknown one.
  const queryNames = [...op.params.filter((q) => q.in === 'query').map((q) => q.name), 'unknownParam'];
  for (const name of queryNames) {
    for (const raw of ['%00', '%ED%A0%80', '%FF', '1e308', 'NaN', 'x'.repeat(5000)]) {
      add(`query ${name}=${brief(raw, 40)}`, { ...base, url: `${pathOnly}?${name}=${raw}` });
    }
    add(`query ${name} repeated`, { ...base, url: `${pathOnly}?${name}=a&${name}=b` });
    add(`query ${name}[] as object`, { ...base, url: `${pathOnly}?${name}[a]=1` });
  }
  return cases;
}
