import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SESSION_COOKIE } from '../../server/modules/auth/index.js';
import { hashPassword } from '../../server/platform/auth/passwords.js';
import { type Db, schema } from '../../server/platform/db/index.js';
import type { startRuntime } from '../../server/platform/runtime.js';
import { sessionOf } from './common.js';

type Services = Awaited<ReturnType<typeof startRuntime>>['services'];

const PASSWORD = 'bench-superuser-password-1';

/**
 * An approved organisation (as validation leaves it) whose Superuser has a password and is logged
 * in through the service: `cookie` carries a real session.
 */
export async function loggedInSuperuser(
  services: Services,
  db: Db,
  options: { name: string; email: string; houseNumber?: string; legacyEmail?: string | null },
) {
  const { organisationId, userId } = await services.accounts.createOrganisationWithSuperuser(
    db,
    {
      legalName: `Bench ${options.name} B.V.`,
      tradingName: null,
      country: 'NL',
      street: 'Damrak',
      houseNumber: options.houseNumber ?? '1',
      postcode: '1012 AB',
      city: 'Amsterdam',
      phone: '+31 20 123 4567',
      vatNumber: null,
      tradeRegisterNumber: null,
      legacyEmail: options.legacyEmail ?? null,
      applicationId: randomUUID(),
    },
    { email: options.email, firstName: 'Bench', lastName: options.name, locale: 'en' },
  );
  await db
    .update(schema.users)
    .set({ passwordHash: await hashPassword(PASSWORD), passwordChangedAt: new Date() })
    .where(eq(schema.users.id, userId));
  const session = sessionOf(
    await services.auth.login(options.email, PASSWORD, { ip: '127.0.0.1', userAgent: 'bench' }),
  );
  return { organisationId, userId, session, cookie: `${SESSION_COOKIE}=${session.token}` };
}
