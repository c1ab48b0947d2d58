import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { workingDaysDue } from '../../platform/working-days.js';
import { type ApplicationRow, verificationRepository as repo } from './verification.repository.js';
import { SLA_WORKING_DAYS, type VerificationDeps } from './verification.types.js';

const STATUS_TOKEN_TTL_HOURS = 24 * 180;

/**
 * The applicant's status link: a long-lived token for one application, its URL, and the
 * application a presented token stands for.
 */
export function createStatusLinks(deps: Pick<VerificationDeps, 'linkTokens' | 'publicUrl'>) {
  return {
    issue: (tx: DbOrTx, applicationId: string) =>
      deps.linkTokens.issue(tx, { purpose: 'application_status', applicationId, ttlHours: STATUS_TOKEN_TTL_HOURS }),
    url: (token: string) => `${deps.publicUrl}/application/status?token=${token}`,
    async applicationFor(tx: DbOrTx, token: string, forUpdate = false): Promise<ApplicationRow> {
      const link = await deps.linkTokens.find(tx, token, ['application_status']);
      const row = link?.applicationId ? await repo.findById(tx, link.applicationId, forUpdate) : undefined;
      if (!row) throw new AppError('token_invalid');
      return row;
    },
  };
}
export type StatusLinks = ReturnType<typeof createStatusLinks>;

/** When a case submitted (or re-opened) at `from` is due: SLA working days in the programme's country. */
export const slaDue = (deps: Pick<VerificationDeps, 'programmeCountry' | 'timeZone'>) => (from: Date) =>
  workingDaysDue(from, SLA_WORKING_DAYS, deps.programmeCountry, deps.timeZone);
