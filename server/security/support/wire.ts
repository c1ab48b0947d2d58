import { randomUUID } from 'node:crypto';

/** Percent-encodes a path or query value; lone surrogates (which encodeURIComponent refuses) as their raw UTF-8 bytes. */
export function encode(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** A query value as a form would send it: strings as they are, anything else as JSON. */
export function queryValue(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

export function queryString(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) && v.length > 0 ? v : [v]) parts.push(`${encode(k)}=${encode(queryValue(one))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** One part of a hand-built multipart body: its header lines and its content. */
export type RawPart = { headers: string[]; data: Buffer | string };

/** A multipart/form-data body from raw parts, for parts the usual helpers cannot make (no file name, …). */
export function rawMultipart(parts: RawPart[]) {
  const boundary = `----fuzz${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(
      Buffer.from(`--${boundary}\r\n${p.headers.join('\r\n')}\r\n\r\n`),
      Buffer.from(p.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Maps every string inside a JSON value (keys kept). */
export function mapStrings(value: unknown, f: (s: string) => unknown): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/** Maps every leaf (string, number, boolean, null) inside a JSON value. */
export function mapLeaves(value: unknown, f: (v: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapLeaves(v, f));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, f)]));
  return f(value);
}

/** A short, printable account of a request or value (long strings shortened, with their length). */
export function brief(value: unknown, max = 400): string {
  const text =
    typeof value === 'string'
      ? value
      : Buffer.isBuffer(value)
        ? value.toString('latin1')
        : (JSON.stringify(value, (_k, v) =>
            typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v,
          ) ?? String(value));
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}
