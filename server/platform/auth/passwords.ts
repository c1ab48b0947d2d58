import { hash, verify } from '@node-rs/argon2';
import { checkPassword, type PasswordProblem } from '../../../contracts/password-strength.js';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => {
  dummyHash ??= hashPassword('not-a-real-password-0000');
  return dummyHash;
};

export type { PasswordProblem };

/**
 * The shared password rule (`contracts/password-strength.ts`, the web meter uses the same): at
 * least 12 characters, not a common password, and still strong once the user's own words (names,
 * e-mail, organisation), product and programme names, seasons, months, years and keyboard patterns
 * are taken out. Returns what is wrong, or null.
 */
export async function checkPasswordStrength(
  password: string,
  userInputs: (string | null | undefined)[] = [],
): Promise<PasswordProblem | null> {
  return (
    await checkPassword(
      password,
      userInputs.filter((v): v is string => Boolean(v)),
    )
  ).problem;
}
