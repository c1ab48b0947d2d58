import { LANGUAGES, type Language } from '../../../contracts/languages.js';
import { catalogueOf } from './catalogue.js';

/**
 * The API error and field messages (`server/locales/<language>/errors.json`) flattened to
 * `error.not_found` / `field.required` keys, for code and tests that compare whole messages.
 * Languages without their own file read English. Translate with `translate()`, which fills
 * `{{name}}` placeholders and picks plural forms.
 */
function flatten(tree: Record<string, unknown>, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[prefix + key] = value;
    else if (value && typeof value === 'object') flatten(value as Record<string, unknown>, `${prefix}${key}.`, out);
  }
  return out;
}

const english = flatten(catalogueOf('en', 'errors') ?? {});

export const messages = Object.fromEntries(
  LANGUAGES.map((language) => [language, { ...english, ...flatten(catalogueOf(language, 'errors') ?? {}) }]),
) as Record<Language, Record<string, string>>;

export type MessageKey = string;
