/**
 * The roles of ProPass users, as plain lists: the web app's shell needs them before any schema,
 * and importing them from here keeps zod and the contracts out of its first download.
 */
export const CUSTOMER_ROLES = ['superuser', 'member'] as const;
export const STAFF_ROLES = ['validator', 'support', 'finance', 'admin'] as const;
