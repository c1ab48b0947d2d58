import type { OrganisationContext } from '../../../contracts/support.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import type { Mailer } from '../../platform/mail/outbox.js';

export type SupportDeps = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  programmeCountry: string;
  timeZone: string;
  organisationContext(organisationId: string): Promise<OrganisationContext | null>;
};

export const STAFF_ROLES = new Set(['support', 'admin']);
