/**
 * The password rule, shared by the server (which decides) and the web app's meter (which shows
 * the same verdict while typing). Not re-exported from `index.ts`: the dictionaries are large, so
 * the web app loads this module only on the pages with a password field.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const PASSWORD_RULE_MIN_LENGTH = 12;

/** What is wrong with a password, each explained to the user (nl, en) as `field.<problem>`. */
export type PasswordProblem =
  | 'password_too_short'
  | 'password_common'
  | 'password_personal'
  | 'password_guessable'
  | 'password_weak';

/**
 * Words everyone tries first: the product's and programme's names, seasons and months (nl, en, de,
 * fr) and keyboard rows. With the user's own words and any year, they add almost nothing.
 */
const GUESSABLE = [
  'propass',
  'cps',
  'business',
  // seasons
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'lente',
  'voorjaar',
  'zomer',
  'herfst',
  'najaar',
  'fruhling',
  'fruehling',
  'frühling',
  'sommer',
  'herbst',
  'printemps',
  'ete',
  'été',
  'automne',
  'hiver',
  // months
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'januari',
  'februari',
  'maart',
  'mei',
  'juni',
  'juli',
  'augustus',
  'oktober',
  'januar',
  'februar',
  'marz',
  'maerz',
  'märz',
  'mai',
  'dezember',
  'janvier',
  'fevrier',
  'février',
  'mars',
  'avril',
  'juin',
  'juillet',
  'aout',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'décembre',
  // keyboard rows
  'qwerty',
  'qwertz',
  'azerty',
  'asdfgh',
  'yxcvbn',
  'zxcvbn',
  'wxcvbn',
  'qsdfgh',
  'uiop',
];

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, guessable: GUESSABLE },
  graphs: common.adjacencyGraphs,
});

/**
 * The user's own words for the rule: names, organisation, the e-mail address, its local part and
 * the parts of both split at dots, dashes and the like (only parts of 3 characters or more).
 */
export function personalWords(inputs: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    if (!input) continue;
    const value = input.toLowerCase().trim();
    const [local, domain] = value.split('@');
    for (const part of [value, local, domain, ...value.split(/[^\p{L}\p{N}]+/u)])
      if (part && part.length >= 3) words.add(part);
  }
  return [...words];
}

const YEAR = /(19|20)\d\d/g;
/** The patterns that say nothing about the user's own choice, removed before the second look. */
const GIVEAWAY = new Set(['spatial', 'sequence', 'repeat', 'date']);

export type PasswordVerdict = {
  problem: PasswordProblem | null;
  /** 0–4, for a meter; never 3 or more when there is a problem. */
  score: number;
};

/**
 * At least 12 characters; not (nearly) a common password; and strong in two looks: the whole
 * password (zxcvbn, score ≥ 3), and what is left of it once the user's own words (name, e-mail,
 * organisation), the guessable words above, years, dates and keyboard or repeated patterns are
 * taken out. `Summer2026!!`, `ProPass2026!!` and `propass-propass` fail the second look: the
 * answer names what made it guessable.
 */
export async function checkPassword(password: string, userInputs: string[] = []): Promise<PasswordVerdict> {
  if (password.length < PASSWORD_RULE_MIN_LENGTH) return { problem: 'password_too_short', score: 0 };
  const personal = personalWords(userInputs);
  const result = await zxcvbn.checkAsync(password, personal);
  const fromDictionary = result.sequence.some(
    (m) =>
      m.pattern === 'dictionary' && m.dictionaryName.startsWith('passwords') && m.token.length >= password.length - 2,
  );
  if (fromDictionary) return { problem: 'password_common', score: Math.min(result.score, 1) };
  let usedPersonal = false;
  let usedGuessable = false;
  let rest = '';
  for (const m of result.sequence) {
    if (m.pattern === 'dictionary' && m.dictionaryName === 'userInputs') usedPersonal = true;
    else if (m.pattern === 'dictionary' && m.dictionaryName === 'guessable') usedGuessable = true;
    else if (GIVEAWAY.has(m.pattern) || (m.pattern === 'regex' && m.regexName === 'recentYear')) usedGuessable = true;
    else rest += m.token;
  }
  const withoutYears = rest.replace(YEAR, '');
  if (withoutYears !== rest) usedGuessable = true;
  rest = withoutYears;
  const restStrong =
    rest.length >= 8 && (await zxcvbn.checkAsync(rest, personal)).score >= 3 && new Set(rest).size >= 5;
  if (!restStrong && usedPersonal) return { problem: 'password_personal', score: Math.min(result.score, 2) };
  if (!restStrong && usedGuessable) return { problem: 'password_guessable', score: Math.min(result.score, 2) };
  if (result.score < 3) return { problem: 'password_weak', score: result.score };
  return { problem: null, score: result.score };
}
