import type { DocumentFindings, EvidenceFinding } from '../../../contracts/registration.js';
import { checkVatNumber } from '../../platform/identifiers.js';
import { compareNames, nameWords } from '../registry-checks/index.js';
import { latestDate } from './finding-dates.js';

/** What the form says, as the documents are read against it. */
export type EvidenceSubject = {
  legalName: string;
  tradingName: string | null;
  vatRegistered: boolean;
  /** Normalised, with its country prefix (NL004495445B01). */
  vatNumber: string | null;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  country: string;
  tradeRegisterNumber: string | null;
};

const NOT_FOUND: EvidenceFinding = { found: false, page: null, snippet: null, value: null };
const SNIPPET_CONTEXT = 60;

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The text around `[start, end)` of a page, cut at word boundaries, for highlighting. */
function snippet(text: string, start: number, end: number): NonNullable<EvidenceFinding['snippet']> {
  let from = Math.max(0, start - SNIPPET_CONTEXT);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  let to = Math.min(text.length, end + SNIPPET_CONTEXT);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: squash(text.slice(from, start)).trimStart(),
    match: squash(text.slice(start, end)),
    after: squash(text.slice(end, to)).trimEnd(),
  };
}

const found = (pages: string[], page: number, start: number, end: number, value: string | null = null) => ({
  found: true,
  page: page + 1,
  snippet: snippet(pages[page]!, start, end),
  value,
});

/**
 * A page without the separators numbers are written with (spaces, dots, dashes, slashes), upper
 * case, with each character's position in the page: "NL 0044.95.445.B01" and "NL004495445B01" read alike.
 */
function compactIndex(text: string): { out: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/[\s.\-/\u00a0]/.test(c)) continue;
    const upper = c.toUpperCase();
    out += upper.length === 1 ? upper : c;
    at.push(i);
  }
  return { out, at };
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The first page and place where one of `needles` (compact) stands on its own (no digit glued to either end). */
function findCompact(pages: string[], needles: string[]): EvidenceFinding {
  const wanted = needles.filter((n) => n.length >= 4);
  for (let p = 0; p < pages.length; p++) {
    const text = pages[p]!;
    const { out, at } = compactIndex(text);
    for (const needle of wanted) {
      for (let i = out.indexOf(needle); i >= 0; i = out.indexOf(needle, i + 1)) {
        const [start, end] = [at[i]!, at[i + needle.length - 1]! + 1];
        // Glued to more digits it is part of another number; after a space or line break (a house
        // number before a postcode) it stands on its own.
        if (isDigit(needle[0]) && isDigit(text[start - 1])) continue;
        if (isDigit(needle[needle.length - 1]) && isDigit(text[end])) continue;
        return found(pages, p, start, end);
      }
    }
  }
  return NOT_FOUND;
}

type Token = { word: string; start: number; end: number };

function tokens(text: string): Token[] {
  const result: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = m[0].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    result.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return result;
}

/** The first place on a page where all `words` stand close together (any order, a few words between). */
function findWords(pages: string[], words: string[], slack = 3): EvidenceFinding {
  const wanted = new Set(words);
  if (!wanted.size) return NOT_FOUND;
  const span = wanted.size + slack;
  for (let p = 0; p < pages.length; p++) {
    const list = tokens(pages[p]!);
    for (let i = 0; i < list.length; i++) {
      if (!wanted.has(list[i]!.word)) continue;
      const seen = new Set<string>();
      for (let j = i; j < Math.min(list.length, i + span); j++) {
        if (wanted.has(list[j]!.word)) seen.add(list[j]!.word);
        if (seen.size === wanted.size) return found(pages, p, list[i]!.start, list[j]!.end);
      }
    }
  }
  return NOT_FOUND;
}

const plainWords = (text: string) => tokens(text).map((t) => t.word);

/** The form's VAT number with and without its country prefix, in any common spelling. */
export function findVatNumber(pages: string[], vatNumber: string | null): EvidenceFinding {
  if (!vatNumber) return NOT_FOUND;
  const full = compactIndex(vatNumber).out;
  const bare = full.replace(/^(CHE|[A-Z]{2})/, '');
  return findCompact(pages, bare.length >= 8 ? [full, bare] : [full]);
}

/** The legal or trading name, tolerant of case, accents, legal forms, punctuation and word order. */
export function findName(pages: string[], names: (string | null)[]): EvidenceFinding {
  for (const name of names) {
    if (!name) continue;
    const hit = findWords(pages, nameWords(name));
    if (hit.found) return hit;
  }
  return NOT_FOUND;
}

/** Street and postcode on one page (the postcode in any spacing). */
export function findAddress(pages: string[], street: string, postcode: string): EvidenceFinding {
  const code = compactIndex(postcode).out;
  const streetWords = plainWords(street);
  for (let p = 0; p < pages.length; p++) {
    const page = [pages[p]!];
    const atPostcode = findCompact(page, [code]);
    const atStreet = findWords(page, streetWords, 2);
    if (!atPostcode.found || !atStreet.found) continue;
    return { ...atPostcode, page: p + 1, snippet: joinSnippets(pages[p]!, atStreet, atPostcode) };
  }
  return NOT_FOUND;
}

/** One snippet from the street to the postcode when they stand close, else the postcode's. */
function joinSnippets(text: string, a: EvidenceFinding, b: EvidenceFinding) {
  const start = text.indexOf(a.snippet!.match);
  const end = text.indexOf(b.snippet!.match, start);
  if (start >= 0 && end >= start && end - start < 120) return snippet(text, start, end + b.snippet!.match.length);
  return b.snippet;
}

/** The form's trade register number (e.g. a KvK number) on its own. */
export function findRegisterNumber(pages: string[], number: string | null): EvidenceFinding {
  if (!number) return NOT_FOUND;
  return findCompact(pages, [compactIndex(number).out]);
}

/**
 * The document's date: the latest plausible date written in it (a real calendar day from 2000 up to
 * tomorrow), in the common nl/en/de/fr spellings. `today` is YYYY-MM-DD in the programme's time zone.
 */
export function findDate(pages: string[], today: string): EvidenceFinding {
  const best = latestDate(pages, today);
  return best ? found(pages, best.page, best.start, best.end, best.value) : NOT_FOUND;
}

/** EU (and NO, CH, GB) VAT numbers as they stand compacted; each candidate is then checked for its check digits. */
const VAT_CANDIDATE =
  /(ATU\d{8}|BE[01]\d{9}|BG\d{9,10}|CY\d{8}[A-Z]|CZ\d{8,10}|DE\d{9}|DK\d{8}|EE\d{9}|ES[0-9A-Z]\d{7}[0-9A-Z]|FI\d{8}|FR[0-9A-Z]{2}\d{9}|HR\d{11}|HU\d{8}|IE\d[0-9A-Z+*]\d{5}[A-Z]{1,2}|IT\d{11}|LT\d{9}(?:\d{3})?|LU\d{8}|LV\d{11}|MT\d{8}|NL\d{9}B\d{2}|PL\d{10}|PT\d{9}|RO\d{2,10}|SE\d{12}|SI\d{8}|SK\d{10}|GB\d{9}(?:\d{3})?|CHE\d{9}|NO\d{9}(?:MVA)?)/g;

/** VAT numbers written in the text other than the form's (only numbers with valid check digits count). */
function otherVatNumber(pages: string[], own: string | null): EvidenceFinding {
  for (let p = 0; p < pages.length; p++) {
    const { out, at } = compactIndex(pages[p]!);
    for (const m of out.matchAll(VAT_CANDIDATE)) {
      const end = m.index + m[0].length;
      if (isDigit(pages[p]![at[end - 1]! + 1]) || isDigit(out[m.index - 1])) continue;
      const country = m[0].startsWith('CHE') ? 'CH' : m[0].slice(0, 2);
      const check = checkVatNumber(m[0], country);
      if (!check.valid || check.normalised === own) continue;
      return found(pages, p, at[m.index]!, at[end - 1]! + 1, check.normalised);
    }
  }
  return NOT_FOUND;
}

const COMPANY_NAME =
  /((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*\s+){1,5}(?:B\.\s?V\.?|BV|N\.\s?V\.?|GmbH|Ltd\.?|Limited|S\.\s?A\.\s?R\.\s?L\.?|SARL|SAS|S\.\s?A\.|BVBA|SRL|AG|ApS|AB|Oy|S\.p\.A\.?))(?![\p{L}])/gu;

/** A company name (words ending in a legal form) that is not one of the form's names. */
function otherCompanyName(pages: string[], names: (string | null)[]): EvidenceFinding {
  for (let p = 0; p < pages.length; p++) {
    for (const m of pages[p]!.matchAll(COMPANY_NAME)) {
      const name = squash(m[1]!).trim();
      if (!nameWords(name).length || compareNames(name, names) !== 'differs') continue;
      return found(pages, p, m.index!, m.index! + m[1]!.length, name);
    }
  }
  return NOT_FOUND;
}

/** Everything looked for in one document's pages. */
export function readFindings(pages: string[], subject: EvidenceSubject, today: string): DocumentFindings {
  const names = [subject.legalName, subject.tradingName];
  const name = findName(pages, names);
  let otherCompany = NOT_FOUND;
  // Another company's number or name only counts where the applicant is not named: an invoice to
  // the applicant carries its supplier's name and number as a matter of course.
  if (!name.found) {
    otherCompany = otherVatNumber(pages, subject.vatNumber);
    if (!otherCompany.found) otherCompany = otherCompanyName(pages, names);
  }
  return {
    vatNumber: findVatNumber(pages, subject.vatNumber),
    name,
    address: findAddress(pages, subject.street, subject.postcode),
    date: findDate(pages, today),
    registerNumber: findRegisterNumber(pages, subject.tradeRegisterNumber),
    otherCompany,
  };
}

export const NO_FINDINGS: DocumentFindings = {
  vatNumber: NOT_FOUND,
  name: NOT_FOUND,
  address: NOT_FOUND,
  date: NOT_FOUND,
  registerNumber: NOT_FOUND,
  otherCompany: NOT_FOUND,
};
