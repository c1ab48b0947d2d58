import { PASSWORD_MIN_LENGTH } from '../contracts.js';

/**
 * A rough, client-side indication only (length and variety, 0–4); the server checks the
 * password with a real strength estimator and a common-password list.
 */
export function passwordScore(password: string): number {
  if (password.length < PASSWORD_MIN_LENGTH) return 0;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const unique = new Set(password).size;
  let score = 1;
  if (password.length >= 16) score += 1;
  if (classes >= 3) score += 1;
  if (password.length >= 20 || (classes === 4 && password.length >= 14)) score += 1;
  if (unique < 6) score = Math.min(score, 1);
  return Math.min(score, 4);
}
