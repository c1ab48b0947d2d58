import { type ProgrammeCountry, parseLocale } from '../../shared/contracts.js';

/** International calling codes of the participating countries (ITU-T E.164). */
export const CALLING_CODES: Record<ProgrammeCountry, string> = {
  AT: '43',
  BE: '32',
  CH: '41',
  CZ: '420',
  DE: '49',
  DK: '45',
  ES: '34',
  FI: '358',
  FR: '33',
  GB: '44',
  HU: '36',
  IE: '353',
  IT: '39',
  LU: '352',
  NL: '31',
  NO: '47',
  PL: '48',
  PT: '351',
  SE: '46',
  SK: '421',
};

/** The prefix a VAT number starts with: the country code, except the Swiss UID's CHE. */
export function vatPrefix(country: ProgrammeCountry): string {
  return country === 'CH' ? 'CHE' : country;
}

export const phonePrefix = (country: ProgrammeCountry) => `+${CALLING_CODES[country]} `;

/** The country of a guide's link (`?language=nl_NL` → NL), when it names a participating one. */
export function countryFromLink(language: string | null): ProgrammeCountry | null {
  return parseLocale(language)?.country ?? null;
}

const KNOWN_PHONE_PREFIXES = new Set(Object.values(CALLING_CODES).map((code) => `+${code}`));
const KNOWN_VAT_PREFIXES = new Set(
  (Object.keys(CALLING_CODES) as ProgrammeCountry[]).map((country) => vatPrefix(country)),
);

/**
 * The phone field after the country changed: a prefix we filled in (or nothing) follows the country;
 * anything the user typed beyond a bare prefix is theirs and stays.
 */
export function phoneForCountry(current: string, country: ProgrammeCountry): string {
  const bare = current.trim();
  return bare === '' || KNOWN_PHONE_PREFIXES.has(bare) ? phonePrefix(country) : current;
}

/** The VAT number after the country changed: the same rule, with the VAT prefix. */
export function vatForCountry(current: string, country: ProgrammeCountry): string {
  const bare = current.trim().toUpperCase();
  return bare === '' || KNOWN_VAT_PREFIXES.has(bare) ? vatPrefix(country) : current;
}
