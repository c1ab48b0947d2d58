import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { Language } from '../contracts.js';

/*
 * The calendar's month and day names come from dayjs's locale files: one small file per language,
 * fetched the first time a date field shows in that language (English is built into dayjs).
 */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<unknown>> = {
  nl: () => import('dayjs/locale/nl.js'),
  de: () => import('dayjs/locale/de.js'),
  fr: () => import('dayjs/locale/fr.js'),
  it: () => import('dayjs/locale/it.js'),
  es: () => import('dayjs/locale/es.js'),
  pt: () => import('dayjs/locale/pt.js'),
  pl: () => import('dayjs/locale/pl.js'),
  cs: () => import('dayjs/locale/cs.js'),
  sk: () => import('dayjs/locale/sk.js'),
  hu: () => import('dayjs/locale/hu.js'),
  da: () => import('dayjs/locale/da.js'),
  sv: () => import('dayjs/locale/sv.js'),
  fi: () => import('dayjs/locale/fi.js'),
  nb: () => import('dayjs/locale/nb.js'),
};

const loaded = new Set<string>(['en']);

/** Loads the language's dayjs locale (once); resolves to its name, or 'en' when it cannot be had. */
export async function loadDayjsLocale(language: Language): Promise<string> {
  if (language === 'en' || loaded.has(language)) return language;
  try {
    await LOADERS[language]();
    // The file registers itself with dayjs; its name is the language code.
    if (!dayjs.Ls[language]) return 'en';
    loaded.add(language);
    return language;
  } catch {
    // Offline or a stale deployment: the calendar speaks English, the field still works.
    return 'en';
  }
}

/** The dayjs locale for the language: 'en' until the language's file has arrived. */
export function useDayjsLocale(language: Language): string {
  const [locale, setLocale] = useState<string>(() => (loaded.has(language) ? language : 'en'));
  useEffect(() => {
    let current = true;
    void loadDayjsLocale(language).then((name) => {
      if (current) setLocale(name);
    });
    return () => {
      current = false;
    };
  }, [language]);
  return locale;
}
