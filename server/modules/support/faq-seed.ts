import type { FaqInput } from '../../../contracts/support.js';
import { catalogueLanguages, catalogueOf, type Locale } from '../../platform/i18n/index.js';

/**
 * The FAQ a new installation starts with. Each answer states this product's actual rules (the
 * customer guide and the programme defaults), so the FAQ never contradicts the product; admins
 * edit the articles when the rules change. The words are in `server/locales/<language>/faq.json`
 * (title and body per article key); where each article goes is kept here.
 */
const ARTICLES: { key: string; category: FaqInput['category']; position: number }[] = [
  { key: 'request-business-account', category: 'business_account', position: 1 },
  { key: 'which-documents', category: 'business_account', position: 2 },
  { key: 'no-set-password-email', category: 'business_account', position: 3 },
  { key: 'why-no-migrate-button', category: 'migration', position: 1 },
  { key: 'migrated-products-incomplete', category: 'migration', position: 2 },
  { key: 'how-points-work', category: 'points', position: 1 },
  { key: 'serial-registered-elsewhere', category: 'points', position: 2 },
  { key: 'membership-levels', category: 'tiers', position: 1 },
  { key: 'how-to-pay', category: 'payment', position: 1 },
  { key: 'membership-number-changed', category: 'membership_number', position: 1 },
  { key: 'renewal-and-expiry', category: 'membership_number', position: 2 },
];

/** The seed articles of one language, or none when the language has no `faq.json`. */
export function faqSeed(locale: Locale): FaqInput[] {
  const texts = catalogueOf(locale, 'faq') as Record<string, { title: string; body: string }> | undefined;
  if (!texts) return [];
  return ARTICLES.filter(({ key }) => texts[key]).map((article) => ({
    ...article,
    locale,
    title: texts[article.key]!.title,
    body: texts[article.key]!.body,
    published: true,
  }));
}

/** The seed articles of every language that has a `faq.json`. */
export const faqSeedLanguages = (): Locale[] => catalogueLanguages('faq');
