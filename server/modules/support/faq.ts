import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { FaqArticle, FaqInput } from '../../../contracts/support.js';
import { recordAudit } from '../../platform/audit.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { faqSeed, faqSeedLanguages } from './faq-seed.js';
import { supportRepository as repo } from './support.repository.js';
import type { SupportDeps } from './support.types.js';

/** The FAQ: seeded per language, searched by everyone, edited by admins. */
export function createFaq(deps: Pick<SupportDeps, 'db' | 'clock'>) {
  const { db, clock } = deps;
  return {
    /**
     * Seeds the FAQ of every language that has a `faq.json` and no articles yet: a language added
     * later gets its articles on the next start, and admins' edits (or deletions) in a language
     * that has articles are kept.
     */
    async seedFaq() {
      const present = new Set(await repo.faqLocales(db));
      const rows = faqSeedLanguages()
        .filter((language) => !present.has(language))
        .flatMap(faqSeed);
      if (rows.length) await repo.insertFaq(db, rows);
    },
    faq: (filter: { locale: Locale; q?: string; category?: string }) =>
      repo.faqSearch(db, filter) as Promise<FaqArticle[]>,
    async faqArticle(key: string, locale: Locale) {
      const row = await repo.faqByKey(db, key, locale);
      if (!row) throw new AppError('not_found');
      return row as FaqArticle;
    },
    adminFaq: (locale: Locale) => repo.faqSearch(db, { locale, includeUnpublished: true }) as Promise<FaqArticle[]>,
    async saveFaq(actor: SessionUser, input: FaqInput) {
      return withTransaction(db, async (tx) => {
        const row = await repo.upsertFaq(tx, { ...input, updatedAt: clock.now(), updatedBy: actor.id });
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'faq.saved',
          entityType: 'faq',
          entityId: `${input.key}:${input.locale}`,
        });
        return row as FaqArticle;
      });
    },
  };
}
