import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from '../../../contracts/auth.js';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

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

export type PasswordProblem = 'password_too_short' | 'password_common' | 'password_weak';

/**
 * At least 12 characters, not in the common-password lists, and a zxcvbn score of 3 or more
 * (with the user's own e-mail and names counted as guessable).
 */
export async function checkPasswordStrength(
  password: string,
  userInputs: string[] = [],
): Promise<PasswordProblem | null> {
  if (password.length < PASSWORD_MIN_LENGTH) return 'password_too_short';
  const result = await zxcvbn.checkAsync(password, userInputs);
  const fromDictionary = result.sequence.some(
    (m) => m.pattern === 'dictionary' && m.dictionaryName === 'passwords' && m.token.length >= password.length - 2,
  );
  if (fromDictionary) return 'password_common';
  if (result.score < 3) return 'password_weak';
  return null;
}
