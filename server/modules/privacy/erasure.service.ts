import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../../contracts/auth.js';
import type { ErasureInput, ErasureResult } from '../../../contracts/privacy.js';
import { recordAudit } from '../../platform/audit.js';
import type { TokenHasher } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { escapeHtml } from '../../platform/html.js';
import { erasureRepository as repo } from './erasure.repository.js';

export type ErasureDeps = { db: Db; clock: Clock; hashToken: TokenHasher };

/** Escapes text for a PostgreSQL regular expression (ARE). */
const escapeRegex = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`);
/** A name as a whole word (`\m`/`\M` are PostgreSQL's word starts and ends) where it begins and ends with a letter. */
const wordPattern = (name: string) =>
  `${/^[\p{L}\p{N}]/u.test(name) ? '\\m' : ''}${escapeRegex(name)}${/[\p{L}\p{N}]$/u.test(name) ? '\\M' : ''}`;
/** The address on its own, not part of a longer one (`xanna@…`, `…@example.test.nl`). */
const emailPattern = (email: string) => `(?<![[:alnum:]._%+-])${escapeRegex(email)}(?![[:alnum:]_-]|\\.[[:alnum:]])`;

/** As the e-mail layout escapes text into HTML, so a name is found in a message's HTML too. */
const inHtml = escapeHtml;

const ERASED_NAMES = new Set(['erased', 'user', 'erased user']);

export function createErasureService(deps: ErasureDeps) {
  const { db, clock, hashToken } = deps;

  return {
    /**
     * Erases or anonymises a person's personal data (an organisation user, by e-mail address):
     * their user rows, applications' contact fields, tickets' contact fields, e-mails to them, and
     * every mention of the address or name elsewhere; sessions end and links stop working.
     * Invoices and other bookkeeping are kept (legal retention) and counted in the answer. A
     * repeated request for the same address answers the first one's result and changes nothing.
     */
    async erase(actor: SessionUser, input: ErasureInput, meta: { ip: string }): Promise<ErasureResult> {
      const email = input.email;
      // The audit entry must not hold the address, yet a repeat must find it: a keyed hash.
      const subject = hashToken(`erasure:${email}`);
      return db.transaction(async (tx) => {
        await repo.lock(tx, subject);
        const found = await repo.subject(tx, email);
        const nothingLeft = !found.users.length && !found.applications.length && !found.tickets.length;
        if (nothingLeft) {
          const previous = await repo.previous(tx, subject);
          if (!previous) throw new AppError('not_found');
          return previous.detail.result as ErasureResult;
        }
        const now = clock.now();
        const names = new Set<string>();
        const parts = new Set<string>();
        for (const p of [...found.users, ...found.applications]) {
          names.add(`${p.firstName} ${p.lastName}`.trim());
          parts.add(p.firstName.trim());
          parts.add(p.lastName.trim());
        }
        for (const t of found.tickets) if (t.contactName) names.add(t.contactName.trim());
        const fullNames = [...names].filter((n) => n && !ERASED_NAMES.has(n.toLowerCase()));
        const nameParts = [...parts].filter((n) => n.length > 1 && !ERASED_NAMES.has(n.toLowerCase()));

        await repo.eraseUsers(
          tx,
          found.users.map((u) => u.id),
          now,
        );
        await repo.eraseApplications(
          tx,
          found.applications.map((a) => a.id),
          now,
        );
        await repo.eraseTickets(
          tx,
          found.tickets.map((t) => t.id),
        );
        await repo.forgetLoginFailures(tx, email);
        const mails = await repo.eraseMailsTo(tx, email);
        const variants = [...new Set(fullNames.flatMap((n) => [n, inHtml(n)]))];
        const text = [emailPattern(email), ...variants.map(wordPattern)].join('|');
        const mention = [text, ...found.users.map((u) => u.id)].join('|');
        const jsonValues = nameParts.length ? `"(${nameParts.map(escapeRegex).join('|')})"(?!\\s*:)` : null;
        let mentions = await repo.sweep(tx, { text, mention, email: emailPattern(email), jsonValues });
        if (nameParts.length)
          mentions += await repo.eraseNamesInTickets(
            tx,
            found.tickets.map((t) => t.id),
            [...new Set(nameParts.flatMap((n) => [n, inHtml(n)]))].map(wordPattern).join('|'),
          );
        const organisationIds = [...new Set(found.users.flatMap((u) => (u.organisationId ? [u.organisationId] : [])))];
        const result: ErasureResult = {
          erasureId: randomUUID(),
          erasedAt: now.toISOString(),
          erased: {
            users: found.users.length,
            applications: found.applications.length,
            tickets: found.tickets.length,
            mails,
            mentions,
          },
          kept: { invoices: await repo.invoiceCount(tx, organisationIds) },
        };
        // The reason is free text: it may name the person too.
        const reason = input.reason.replace(
          new RegExp([email, ...fullNames].map(jsRegex).join('|'), 'giu'),
          '[erased]',
        );
        await recordAudit(tx, {
          actorUserId: actor.id,
          actorIp: meta.ip,
          action: 'person.erased',
          entityType: 'person',
          entityId: result.erasureId,
          detail: { subject, reason, userIds: found.users.map((u) => u.id), result },
        });
        return result;
      });
    },
  };
}

const jsRegex = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`);

export type ErasureService = ReturnType<typeof createErasureService>;
