/** PostgreSQL error codes, looked for along the error's causes (drizzle wraps the driver's error). */
const hasCode = (error: unknown, code: string) => {
  let e: unknown = error;
  while (e && typeof e === 'object') {
    if ((e as { code?: string }).code === code) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
};
export const isUniqueViolation = (error: unknown) => hasCode(error, '23505');
/** PostgreSQL broke a lock cycle by aborting this transaction; nothing of it was kept. */
export const isDeadlock = (error: unknown) => hasCode(error, '40P01');
