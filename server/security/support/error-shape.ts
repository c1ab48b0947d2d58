import { ErrorBody } from '../../../contracts/common.js';

type Answer = { statusCode: number; headers: Record<string, unknown>; body: string };

/**
 * What is wrong with an error answer, or null: every 4xx/5xx is JSON (`content-type:
 * application/json`) of the one shape `{ error: { code, message, fields? } }`.
 */
export function errorShapeProblem(res: Answer): string | null {
  if (res.statusCode < 400) return null;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) return `content-type "${type}" is not application/json`;
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch {
    return `body is not JSON: ${res.body.slice(0, 120)}`;
  }
  const parsed = ErrorBody.safeParse(json);
  if (!parsed.success) return `body is not the error shape: ${res.body.slice(0, 200)}`;
  if (Object.keys(json as object).length !== 1) return `body has keys besides "error": ${res.body.slice(0, 200)}`;
  return null;
}

/** The error code of an answer in the error shape (undefined otherwise). */
export function errorCode(res: Answer): string | undefined {
  try {
    return (JSON.parse(res.body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
