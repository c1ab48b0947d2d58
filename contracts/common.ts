import { z } from 'zod';
import { COUNTRIES, LANGUAGES, parseLocale } from './languages.js';
import { CUSTOMER_ROLES, STAFF_ROLES } from './roles.js';

/** The programme's participating countries (DESIGN.md §3), listed with their languages in languages.ts. */
export { COUNTRIES };
export const Country = z.enum(COUNTRIES);
export type Country = z.infer<typeof Country>;

/** A user's language (the country, for formats, is kept beside it): the programme's 15 languages. */
export const LOCALES = LANGUAGES;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/**
 * A language as links, browsers and forms write a locale (`fr_BE`, `fr-BE`, `FR`, `nb_NO`, `no`):
 * read as the language (the country's formats come from the organisation's country).
 */
export const LocaleTag = z.preprocess(
  (value) => (typeof value === 'string' ? (parseLocale(value)?.language ?? value) : value),
  Locale,
);

export { CUSTOMER_ROLES, STAFF_ROLES };
export const Role = z.enum([...CUSTOMER_ROLES, ...STAFF_ROLES]);
export type Role = z.infer<typeof Role>;

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Ok = z.object({ ok: z.literal(true) });
export const IdParam = z.object({ id: z.uuid() });
