/**
 * NUL and unpaired UTF-16 surrogates: PostgreSQL stores neither (text refuses NUL, jsonb refuses
 * both), so a value holding one failed deep in a query as a 500. Every way in checks with this
 * first: request fields (`platform/http/text-check.ts`) and the rows of imported files.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when PostgreSQL can store the text as it is. */
export const isStorableText = (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/** The problem text of an imported cell that is not storable (import reports are in English). */
export const UNSTORABLE_TEXT_PROBLEM =
  'contains a character that is not allowed (a NUL byte or a broken Unicode character)';
