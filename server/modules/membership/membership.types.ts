import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { Jobs } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail/outbox.js';

export const CURRENCY = 'EUR';
/** Days before the end of a term that the Superusers are reminded. */
export const REMINDER_DAYS = [60, 14];

export type MembershipPorts = {
  settings(tx: DbOrTx): Promise<ProgrammeSettings>;
  balance(organisationId: string, tx?: DbOrTx): Promise<number>;
  superusers(tx: DbOrTx, organisationId: string): Promise<{ email: string; firstName: string; locale: Locale }[]>;
  /** Billing invoices every order; called inside the purchase transaction. */
  orderPlaced(afterCommit: AfterCommit, orderId: string): void;
  /** Card: billing's hosted checkout for the order (its invoice made at once), after the purchase commits. */
  cardCheckout(actor: SessionUser, orderId: string): Promise<{ url: string; testMode: boolean }>;
  /** The date a direct debit due on `dueOn` will be collected, by billing's rule for the daily run. */
  expectedCollection(
    tx: DbOrTx,
    dueOn: string,
  ): Promise<{ date: string; reason: 'due_date' | 'not_a_business_day' | 'notice_period' }>;
};

export type MembershipDeps = {
  db: Db;
  clock: Clock;
  jobs: Jobs;
  mailer: Mailer;
  publicUrl: string;
  timeZone: string;
  ports: MembershipPorts;
};
