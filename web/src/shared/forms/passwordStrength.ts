import { useEffect, useState } from 'react';
import type { PasswordVerdict } from '../../../../contracts/password-strength.js';

/**
 * The server's own password rule (`contracts/password-strength.ts`), loaded on first use: its
 * dictionaries are large, so only pages with a password field fetch them. The meter and the
 * server therefore agree on every password, and say why the same way.
 */
const rule = () => import('../../../../contracts/password-strength.js');

/** The verdict for the password being typed, with the user's own words; null until known. */
export function usePasswordVerdict(password: string, words: string[]): PasswordVerdict | null {
  const [verdict, setVerdict] = useState<PasswordVerdict | null>(null);
  const key = words.join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `words` (a new array each render).
  useEffect(() => {
    let current = true;
    if (!password) {
      setVerdict(null);
      return;
    }
    rule()
      .then(({ checkPassword }) => checkPassword(password, words))
      .then((v) => {
        if (current) setVerdict(v);
      });
    return () => {
      current = false;
    };
  }, [password, key]);
  return verdict;
}
