import type { SessionUser } from '../../../contracts/auth.js';
import type { CaseDetail, CaseListQuery } from '../../../contracts/registration.js';
import { AppError } from '../../platform/errors.js';
import { workingDaysLeft } from '../../platform/working-days.js';
import { isOpen } from './rules.js';
import { verificationRepository as repo } from './verification.repository.js';
import type { VerificationDeps } from './verification.types.js';

/** The validation queue: filtered, due date first (or clean cases first), paged by a cursor. */
export function createListCases(deps: Pick<VerificationDeps, 'db' | 'clock' | 'programmeCountry' | 'timeZone'>) {
  const { db, clock } = deps;

  return async function queue(actor: SessionUser, query: CaseListQuery) {
    const now = clock.now();
    let after: { due: Date | null; id: string; clean?: boolean } | undefined;
    const cleanFirst = query.sort === 'clean';
    if (query.cursor) {
      const [dueIso, id, clean] = Buffer.from(query.cursor, 'base64url').toString().split('|');
      if (!id || !/^[0-9a-f-]{36}$/.test(id)) throw new AppError('bad_request');
      if (dueIso && Number.isNaN(Date.parse(dueIso))) throw new AppError('bad_request');
      // A clean-first page continues after the last case's clean flag too.
      if (cleanFirst && clean !== '0' && clean !== '1') throw new AppError('bad_request');
      after = { due: dueIso ? new Date(dueIso) : null, id, ...(cleanFirst && { clean: clean === '1' }) };
    }
    const rows = await repo.queue(db, {
      statuses: query.status === 'open' ? ['received', 'in_review'] : [query.status],
      country: query.country,
      overdueAt: query.overdue ? now : undefined,
      assigneeId: query.assignee === 'me' ? actor.id : query.assignee === 'unassigned' ? null : undefined,
      clean: query.clean || undefined,
      cleanFirst,
      after,
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        id: r.id,
        reference: r.reference,
        organisationName: r.legalName,
        country: r.country as CaseDetail['country'],
        status: r.status,
        submittedAt: r.submittedAt.toISOString(),
        slaDueAt: r.slaDueAt?.toISOString() ?? null,
        slaWorkingDaysLeft: workingDaysLeft(now, r.slaDueAt, deps.programmeCountry, deps.timeZone),
        overdue: Boolean(r.slaDueAt && isOpen(r.status) && r.status !== 'more_info_needed' && r.slaDueAt < now),
        assigneeId: r.assigneeId,
        assigneeName: r.assigneeFirst ? `${r.assigneeFirst} ${r.assigneeLast}` : null,
        clean: r.clean,
      })),
      nextCursor:
        rows.length > query.limit && last
          ? Buffer.from(
              `${last.slaDueAt?.toISOString() ?? ''}|${last.id}${cleanFirst ? `|${last.clean ? 1 : 0}` : ''}`,
            ).toString('base64url')
          : null,
    };
  };
}
