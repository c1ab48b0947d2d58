import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { isStorableText } from '../text.js';

/** Deeper JSON than any form of the product sends; deeper is refused instead of walked. */
const MAX_DEPTH = 32;

export type TextProblem = { field: string; problem: 'field.invalid_characters' | 'field.too_deep' };

/**
 * The first value in `root` that PostgreSQL cannot store — a string or an object key holding NUL
 * or an unpaired surrogate — or that is nested deeper than MAX_DEPTH, with its path
 * (`items.0.note`, as in validation errors); undefined when all is well. Walks with its own
 * stack, so no input is deep enough to overflow the call stack.
 */
export function findTextProblem(root: unknown): TextProblem | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  const at = (path: string[]) => path.join('.') || '_';
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      if (!isStorableText(value)) return { field: at(path), problem: 'field.invalid_characters' };
      continue;
    }
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (path.length >= MAX_DEPTH) return { field: at(path), problem: 'field.too_deep' };
    for (const [key, child] of Object.entries(value)) {
      if (!isStorableText(key)) return { field: at(path), problem: 'field.invalid_characters' };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

/** A raw text body (a CSV file, a webhook's signed payload) is its route's to read; its parser reports bad rows. */
const isJson = (request: FastifyRequest) =>
  /^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers['content-type'] ?? '');

/**
 * One check for every request, before validation and any handler: path parameters, query and a
 * JSON body, recursively, hold only text PostgreSQL can store. Otherwise the answer is 400
 * `validation_failed` naming the field, never echoing the value.
 */
export function registerTextCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const found =
      findTextProblem(request.params) ??
      findTextProblem(request.query) ??
      (typeof request.body === 'string' && !isJson(request) ? undefined : findTextProblem(request.body));
    if (found) throw new AppError('validation_failed', { [found.field]: found.problem });
  });
}
