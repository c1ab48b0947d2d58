import { z } from 'zod';
import { type Context, type JsonSchema, sampleValid } from './arbitraries.js';

type Zod = z.ZodType;
const isZod = (s: unknown): s is Zod => typeof (s as Zod | undefined)?.safeParse === 'function';

/**
 * The JSON schema of a zod contract: its input side (what a request may send) and its output side
 * (what survives transforms: a piped `z.email()` only shows its format there). Generators use both.
 */
export function jsonSchemaOf(schema: Zod, io: 'input' | 'output' = 'input'): JsonSchema {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
}

export function jsonSchemasOf(schema: Zod): JsonSchema {
  return { anyOf: [jsonSchemaOf(schema, 'input'), jsonSchemaOf(schema, 'output')] };
}

/**
 * A value that passes the route's zod schema, generated from its JSON schema: validation runs
 * before the guard, so the access checks must send requests that get past it. The empty object is
 * tried first; a schema nothing generated passes is an error naming the route.
 */
export function validFor(label: string, schema: unknown, ctx: Context, asQuery = false): unknown {
  if (!isZod(schema)) return undefined;
  const passes = (v: unknown) => schema.safeParse(asQuery ? queryStrings(v) : v).success;
  if (passes({})) return {};
  for (const seed of [1, 2, 3]) {
    const found = sampleValid(jsonSchemasOf(schema), ctx, seed, 300).find(passes);
    if (found !== undefined) return found;
  }
  throw new Error(`${label}: no generated value passes its schema; give one by hand`);
}

/** A query object's values as the strings a query string carries. */
export function queryStrings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  return out;
}

/** `/api/x/:id/y/:other` with the given values (URL-encoded). */
export function fillPath(url: string, params: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${url}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

export function withQuery(path: string, query: Record<string, string> | undefined): string {
  const qs = new URLSearchParams(query ?? {}).toString();
  return qs ? `${path}?${qs}` : path;
}

export function paramNames(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}
