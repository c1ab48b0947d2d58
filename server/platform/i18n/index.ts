import type { Locale } from '../../../contracts/common.js';
import { type MessageKey, messages } from './messages.js';

export type { Locale };
export { type MessageKey, messages };

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const table = messages[locale] as Record<string, string>;
  const template = table[key] ?? (messages.en as Record<string, string>)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks nl or en from an Accept-Language header (or `nl_NL` / `nl-BE` style tags). */
export function pickLocale(header: string | undefined | null, fallback: Locale = 'en'): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase().replace('_', '-'), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return fallback;
}
