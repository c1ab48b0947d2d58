import fc from 'fast-check';

/** The JSON-schema subset the API document uses (OpenAPI 3.1 from the zod contracts). */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  nullable?: boolean;
  default?: unknown;
};

/** Ids that exist (of any kind), mixed into every uuid so generated requests also reach real rows. */
export type Context = { ids: readonly string[] };

// Arrays are kept short: a 50-item registration is one case among the boundaries, not every case.
const MAX_ARRAY = 4;
const MAX_STRING = 60;

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

function stringArbitrary(schema: JsonSchema, ctx: Context): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, MAX_STRING);
  const fits = (s: string) => s.length >= min && s.length <= max;
  switch (schema.format) {
    case 'uuid':
      return ctx.ids.length ? fc.oneof(fc.uuid(), fc.constantFrom(...ctx.ids)) : fc.uuid();
    case 'date':
      return isoDate.map((s) => s.slice(0, 10));
    case 'date-time':
      return isoDate;
    case 'email':
      return fc.emailAddress().filter(fits);
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
    } catch {
      // A pattern fast-check cannot read: plain strings (the server must still answer 4xx).
    }
  }
  const length = { minLength: min, maxLength: Math.min(max, Math.max(min, MAX_STRING)) };
  return fc.oneof(
    { arbitrary: fc.string(length), weight: 3 },
    { arbitrary: fc.string({ ...length, unit: 'grapheme' }), weight: 1 },
    { arbitrary: fc.string({ ...length, unit: 'binary' }), weight: 1 },
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
  if (integer) {
    const lo = Math.max(min ?? -1_000_000, Number.MIN_SAFE_INTEGER);
    const hi = Math.min(max ?? 1_000_000, Number.MAX_SAFE_INTEGER);
    return fc.oneof(
      fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31 - 1) }),
      fc.constantFrom(lo, hi),
    );
  }
  return fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
}

/** Values valid for `schema` (as far as JSON schema says: zod refinements may still refuse some). */
export function valid(schema: JsonSchema | undefined, ctx: Context): fc.Arbitrary<unknown> {
  if (!schema || Object.keys(schema).length === 0) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => valid(s, ctx)));
  if (schema.allOf?.length) return valid(Object.assign({}, ...schema.allOf), ctx);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => valid({ ...schema, type }, ctx)));
  }
  const base = typed(schema, ctx);
  return schema.nullable ? fc.option(base, { nil: null }) : base;
}

function typed(schema: JsonSchema, ctx: Context): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema, ctx);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? MAX_ARRAY, MAX_ARRAY));
      return fc.array(valid(schema.items, ctx), { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, ctx);
    default:
      if (schema.properties) return objectArbitrary(schema, ctx);
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(schema: JsonSchema, ctx: Context): fc.Arbitrary<Record<string, unknown>> {
  const props = schema.properties ?? {};
  const required = schema.required ?? [];
  const known = fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, valid(s, ctx)])), {
    requiredKeys: required.filter((k) => k in props) as never[],
  });
  const extra = schema.additionalProperties;
  if (!extra || extra === true) return known as fc.Arbitrary<Record<string, unknown>>;
  const keys = schema.propertyNames
    ? (valid(schema.propertyNames, ctx) as fc.Arbitrary<string>)
    : fc.string({ maxLength: 20 });
  return fc
    .tuple(known, fc.dictionary(keys, valid(extra, ctx), { maxKeys: 3 }))
    .map(([k, more]) => ({ ...more, ...k }));
}

/** A deterministic sample (one per call site), e.g. a valid body for a request that must get past validation. */
export function sampleValid(schema: JsonSchema | undefined, ctx: Context, seed: number, count: number): unknown[] {
  return fc.sample(valid(schema, ctx), { seed, numRuns: count });
}

// ---------------------------------------------------------------------------------------------
// Boundary and malformed values: substituted for one field of an otherwise valid request.

export const NUL = '\u0000';
export const LONE_SURROGATE = '\ud800';
export const LONG_STRING_LENGTH = 100_000;

/** Values at and just past the limits `schema` declares. */
export function boundaries(schema: JsonSchema | undefined): unknown[] {
  const out: unknown[] = [];
  if (!schema) return out;
  if (schema.maxLength !== undefined) out.push('x'.repeat(schema.maxLength), 'x'.repeat(schema.maxLength + 1));
  if (schema.minLength !== undefined && schema.minLength > 0) out.push('x'.repeat(schema.minLength - 1));
  if (schema.minimum !== undefined) out.push(schema.minimum, schema.minimum - 1);
  if (schema.maximum !== undefined) out.push(schema.maximum, schema.maximum + 1);
  if (schema.maxItems !== undefined && schema.items) out.push(new Array(schema.maxItems + 1).fill(null));
  if (schema.minItems !== undefined && schema.minItems > 0) out.push([]);
  return out;
}

/** Values no field accepts as they are: the server must refuse each with a 4xx (or accept it harmlessly). */
export const nastyValues: readonly unknown[] = [
  '',
  NUL,
  `a${NUL}b`,
  LONE_SURROGATE,
  `x${'\udc00'}y`,
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '9007199254740993',
  0,
  -1,
  2 ** 53,
  -(2 ** 53),
  1e308,
  -1e308,
  5e-324,
  0.5,
  true,
  null,
  [],
  {},
  [NUL],
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  'x'.repeat(LONG_STRING_LENGTH),
  '../../../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '%00',
  '00000000-0000-0000-0000-000000000000',
];

export const nasty = fc.constantFrom(...nastyValues);

/** `{"a":{"a":…}}` nested `depth` levels deep, as JSON text. */
export function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** `[[[…]]]` nested `depth` levels deep, as JSON text. */
export function deepArrayJson(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** Every leaf path of a JSON value (objects and arrays walked), the value's own path first. */
export function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [path];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...leafPaths(v, [...path, i]));
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...leafPaths(v, [...path, k]));
  return out;
}

/** A copy of `value` with the element at `path` replaced (the root when the path is empty). */
export function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  copy[head as string] = replaceAt(copy[head as string], rest, replacement);
  return copy;
}
