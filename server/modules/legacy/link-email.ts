import { randomInt } from 'node:crypto';
import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import { recordAudit } from '../../platform/audit.js';
import { organisationOf } from '../../platform/auth/guards.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { linkCodeEmail } from './legacy.emails.js';
import { legacyRepository as repo } from './legacy.repository.js';
import type { LegacyDeps } from './legacy.types.js';
import { previousMembershipNumber } from './migration-items.js';

const CODE_TTL_MS = 30 * 60_000;
const CODE_ATTEMPTS = 5;

/**
 * Linking an old CPS e-mail to an organisation: support does it after checking, or the Superuser
 * proves the address with a 6-digit code sent to it (30 minutes, 5 tries).
 */
export function createLinkEmail(deps: Pick<LegacyDeps, 'db' | 'clock' | 'mailer' | 'hashToken'>) {
  const { db, clock } = deps;

  /** Support links an old e-mail for an organisation after checking (also used by the code flow). */
  async function link(actor: SessionUser, organisationId: string, email: string, by: 'staff' | 'code' = 'staff') {
    await withTransaction(db, async (tx) => {
      const org = await repo.organisation(tx, organisationId, true);
      if (!org) throw new AppError('not_found');
      const previous = await previousMembershipNumber(tx, { legacyEmail: email, previousMembershipNumber: null });
      await repo.setOrganisationLegacy(tx, organisationId, { legacyEmail: email, previousMembershipNumber: previous });
      await repo.closeLinkCodes(tx, organisationId, clock.now());
      await recordAudit(tx, {
        actorUserId: actor.id,
        action: `legacy.linked_by_${by}`,
        entityType: 'organisation',
        entityId: organisationId,
        detail: { email, before: org.legacyEmail },
      });
    });
  }

  return {
    /** Link an old CPS e-mail later: a 6-digit code goes to that address (or word that none was found). */
    async requestLink(actor: SessionUser, email: string, locale: Locale) {
      if (actor.role !== 'superuser') throw new AppError('forbidden');
      const organisationId = organisationOf(actor);
      await withTransaction(db, async (tx, afterCommit) => {
        const now = clock.now();
        const known = (await repo.accountsByEmail(tx, email)).length > 0;
        const code = known ? String(randomInt(0, 1_000_000)).padStart(6, '0') : null;
        await repo.closeLinkCodes(tx, organisationId, now);
        if (code) {
          await repo.insertLinkCode(tx, {
            organisationId,
            email,
            codeHash: deps.hashToken(`${organisationId}:${email}:${code}`),
            createdAt: now,
            expiresAt: new Date(now.getTime() + CODE_TTL_MS),
          });
        }
        await deps.mailer.enqueue(tx, afterCommit, {
          to: email,
          template: code ? 'legacy_link_code' : 'legacy_link_unknown',
          locale,
          content: linkCodeEmail(locale, { organisation: actor.organisationName ?? '', code }),
        });
      });
    },

    async confirmLink(actor: SessionUser, email: string, code: string) {
      if (actor.role !== 'superuser') throw new AppError('forbidden');
      const organisationId = organisationOf(actor);
      const open = await repo.openLinkCode(db, organisationId);
      if (!open || open.email !== email || open.expiresAt <= clock.now() || open.attempts >= CODE_ATTEMPTS) {
        throw new AppError('validation_failed', { code: 'field.code_invalid' });
      }
      if (open.codeHash !== deps.hashToken(`${organisationId}:${email}:${code}`)) {
        await repo.countAttempt(db, open.id);
        throw new AppError('validation_failed', { code: 'field.code_invalid' });
      }
      await link(actor, organisationId, email, 'code');
    },

    link,
  };
}
