/**
 * The rows of a raw statement (`db.execute(sql…)`) on either driver: an array on some drivers, an
 * object with `rows` on node-postgres and PGlite. Repositories use this one helper.
 */
export const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
