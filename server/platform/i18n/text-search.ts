import type { Locale } from '../../../contracts/common.js';

/**
 * The PostgreSQL (and PGlite) text search configuration per language: stemming and stop words
 * where PostgreSQL has them, `simple` (lower-cased words, no stemming) for Polish, Czech and Slovak.
 */
export const TEXT_SEARCH_CONFIG: Record<Locale, string> = {
  nl: 'dutch',
  en: 'english',
  de: 'german',
  fr: 'french',
  it: 'italian',
  es: 'spanish',
  pt: 'portuguese',
  pl: 'simple',
  cs: 'simple',
  sk: 'simple',
  hu: 'hungarian',
  da: 'danish',
  sv: 'swedish',
  fi: 'finnish',
  nb: 'norwegian',
};
