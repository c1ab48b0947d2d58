import { randomBytes, randomUUID } from 'node:crypto';
import type { Colleague, StaffInviteInput, StaffMember } from '../../../contracts/accounts.js';
import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import { recordAudit } from '../../platform/audit.js';
import { type LinkTokens, SET_PASSWORD_TTL_HOURS } from '../../platform/auth/link-tokens.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { derivedElectronicAddress } from '../../platform/electronic-address.js';
import { AppError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { alreadyHaveAccountEmail, invitationEmail } from './accounts.emails.js';
import { type NewOrganisation, accountsRepository as repo } from './accounts.repository.js';

export type AccountsDeps = {
  db: Db;
  clock: Clock;
  linkTokens: LinkTokens;
  mailer: Mailer;
  publicUrl: string;
  /** Colleague invitations one Superuser may send per hour (INVITATIONS_PER_HOUR); unlimited when absent. */
  invitationsPerHour?: number;
};

export function createAccountsService(deps: AccountsDeps) {
  const { db } = deps;

  function toColleague(row: Awaited<ReturnType<typeof repo.listOrganisationUsers>>[number]): Colleague {
    return {
      id: row.id,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      role: row.role === 'superuser' ? 'superuser' : 'member',
      status: row.passwordHash ? 'active' : 'invited',
    };
  }

  /**
   * An invitation to an address that already has an account in another organisation, or is staff.
   * The inviter must not learn that (account enumeration), so the answer is the one a new address
   * gets: a pending colleague, with the same id on a retry. No user row is made (an
   * address has one account); the invitation is kept as its audit entry, so the colleague list
   * shows it as pending — as it would a new address whose owner never accepts — until withdrawn.
   * The owner is told by e-mail, at most once a day however many organisations try.
   */
  async function invitedElsewhere(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    actor: SessionUser,
    organisationId: string,
    input: { email: string; firstName: string; lastName: string; locale: Locale },
    owner: { email: string; firstName: string; locale: Locale },
  ): Promise<Colleague> {
    // A random id as a new user row gets (one derived from the address could be recomputed).
    const known = (await repo.invitationsElsewhere(tx, organisationId)).find((i) => i.detail.email === input.email);
    const id = known?.id ?? randomUUID();
    if (!known)
      await recordAudit(tx, {
        actorUserId: actor.id,
        action: 'colleague.invited_elsewhere',
        entityType: 'user',
        entityId: id,
        detail: { organisationId, email: input.email, firstName: input.firstName, lastName: input.lastName },
      });
    if (!(await repo.mailedWithinDay(tx, owner.email, 'invitation_existing_account'))) {
      await deps.mailer.enqueue(tx, afterCommit, {
        to: owner.email,
        template: 'invitation_existing_account',
        locale: owner.locale,
        content: alreadyHaveAccountEmail(owner.locale, {
          firstName: owner.firstName,
          inviter: `${actor.firstName} ${actor.lastName}`,
          organisation: actor.organisationName ?? '',
          loginUrl: `${deps.publicUrl}/login`,
          forgotUrl: `${deps.publicUrl}/forgot-password`,
        }),
      });
    }
    return { id, ...input, role: 'member', status: 'invited' };
  }

  return {
    emailInUse: async (tx: DbOrTx, email: string) => Boolean(await repo.findActiveUserByEmail(tx, email)),
    findOrganisationByVat: (tx: DbOrTx, vat: string) => repo.findOrganisationByVat(tx, vat),
    findOrganisationsByLegacyEmail: (tx: DbOrTx, email: string) => repo.findOrganisationsByLegacyEmail(tx, email),
    superusers: (tx: DbOrTx, organisationId: string) => repo.superusers(tx, organisationId),
    /** The Superusers of several organisations at once (batch work such as an invoice run). */
    superusersOf: (tx: DbOrTx, organisationIds: string[]) => repo.superusersOf(tx, organisationIds),
    organisationName: (tx: DbOrTx, organisationId: string) => repo.organisationName(tx, organisationId),

    /** Creates the organisation and its Superuser (no password yet); returns the user's id. */
    async createOrganisationWithSuperuser(
      tx: DbOrTx,
      organisation: NewOrganisation,
      superuser: { email: string; firstName: string; lastName: string; locale: Locale },
    ) {
      if (await repo.findActiveUserByEmail(tx, superuser.email))
        throw new AppError('conflict', { 'contact.email': 'field.email_taken' });
      // Every organisation gets the electronic address its e-invoices are sent to (UBL EndpointID).
      const derived = derivedElectronicAddress(organisation);
      const org = await repo.insertOrganisation(tx, {
        ...organisation,
        electronicAddress: organisation.electronicAddress ?? derived,
      });
      const user = await repo.insertUser(tx, { ...superuser, role: 'superuser', organisationId: org.id });
      return { organisationId: org.id, userId: user.id };
    },

    async listColleagues(actor: SessionUser): Promise<Colleague[]> {
      if (!actor.organisationId) throw new AppError('forbidden');
      const [rows, elsewhere] = await Promise.all([
        repo.listOrganisationUsers(db, actor.organisationId),
        repo.invitationsElsewhere(db, actor.organisationId),
      ]);
      const pending: Colleague[] = elsewhere.map(({ id, detail }) => ({
        id,
        email: String(detail.email),
        firstName: String(detail.firstName),
        lastName: String(detail.lastName),
        role: 'member',
        status: 'invited',
      }));
      const byName = (a: Colleague, b: Colleague) =>
        a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName);
      return [...rows.map(toColleague), ...pending].sort(byName);
    },

    async inviteColleague(
      actor: SessionUser,
      input: { email: string; firstName: string; lastName: string; locale: Locale },
    ): Promise<Colleague> {
      if (actor.role !== 'superuser' || !actor.organisationId) throw new AppError('forbidden');
      const organisationId = actor.organisationId;
      // Per Superuser (the route limits per IP address): invitations must not become a way to
      // try addresses in bulk.
      if (deps.invitationsPerHour && (await repo.invitationsInLastHour(db, actor.id)) >= deps.invitationsPerHour)
        throw new AppError('rate_limited');
      return withTransaction(db, async (tx, afterCommit) => {
        const existing = await repo.findActiveUserByEmail(tx, input.email);
        // Inviting the same person twice (a double click, a retry) returns the same colleague.
        if (existing?.organisationId === organisationId) return toColleague(existing);
        if (existing) return invitedElsewhere(tx, afterCommit, actor, organisationId, input, existing);
        const user = await repo.insertUser(tx, { ...input, role: 'member', organisationId });
        const token = await deps.linkTokens.issue(tx, {
          purpose: 'invitation',
          userId: user.id,
          ttlHours: SET_PASSWORD_TTL_HOURS,
        });
        await deps.mailer.enqueue(tx, afterCommit, {
          to: user.email,
          template: 'invitation',
          locale: input.locale,
          content: invitationEmail(input.locale, {
            firstName: input.firstName,
            inviter: `${actor.firstName} ${actor.lastName}`,
            organisation: actor.organisationName ?? '',
            url: `${deps.publicUrl}/set-password?token=${token}`,
          }),
        });
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'colleague.invited',
          entityType: 'user',
          entityId: user.id,
        });
        return toColleague(user);
      });
    },

    async removeColleague(actor: SessionUser, userId: string) {
      if (actor.role !== 'superuser' || !actor.organisationId) throw new AppError('forbidden');
      if (userId === actor.id) throw new AppError('invalid_state');
      const organisationId = actor.organisationId;
      await withTransaction(db, async (tx) => {
        const removed = await repo.markRemoved(tx, organisationId, userId, deps.clock.now());
        // An invitation to an address with an account elsewhere is withdrawn like any pending one.
        const withdrawn =
          removed.length === 0 && (await repo.invitationsElsewhere(tx, organisationId)).some((i) => i.id === userId);
        // Another organisation's user or an unknown id looks the same: not found.
        if (removed.length === 0 && !withdrawn) throw new AppError('not_found');
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'colleague.removed',
          entityType: 'user',
          entityId: userId,
        });
      });
    },

    async listStaff(): Promise<StaffMember[]> {
      return (await repo.listStaff(db)).map((u) => ({
        id: u.id,
        email: u.email,
        firstName: u.firstName,
        lastName: u.lastName,
        role: u.role as StaffMember['role'],
        status: u.passwordHash ? 'active' : 'invited',
        twoStep: Boolean(u.twoStep),
      }));
    },

    /** An admin adds a staff member, who sets a password through an invitation link. */
    async inviteStaff(actor: SessionUser, input: StaffInviteInput): Promise<StaffMember> {
      if (actor.role !== 'admin') throw new AppError('forbidden');
      return withTransaction(db, async (tx, afterCommit) => {
        const existing = await repo.findActiveUserByEmail(tx, input.email);
        if (existing) {
          if (existing.role === input.role && !existing.organisationId)
            return {
              ...input,
              id: existing.id,
              status: existing.passwordHash ? 'active' : 'invited',
              twoStep: false,
            };
          throw new AppError('conflict', { email: 'field.email_taken' });
        }
        const user = await repo.insertUser(tx, { ...input, organisationId: null });
        const token = await deps.linkTokens.issue(tx, {
          purpose: 'invitation',
          userId: user.id,
          ttlHours: SET_PASSWORD_TTL_HOURS,
        });
        await deps.mailer.enqueue(tx, afterCommit, {
          to: user.email,
          template: 'staff_invitation',
          locale: input.locale,
          content: invitationEmail(input.locale, {
            firstName: input.firstName,
            inviter: `${actor.firstName} ${actor.lastName}`,
            organisation: 'ProPass back office',
            url: `${deps.publicUrl}/set-password?token=${token}`,
          }),
        });
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'staff.invited',
          entityType: 'user',
          entityId: user.id,
          detail: { role: input.role, email: input.email },
        });
        return {
          id: user.id,
          email: user.email,
          firstName: user.firstName,
          lastName: user.lastName,
          role: input.role,
          status: 'invited',
          twoStep: false,
        };
      });
    },

    async removeStaff(actor: SessionUser, userId: string) {
      if (actor.role !== 'admin') throw new AppError('forbidden');
      if (userId === actor.id) throw new AppError('invalid_state');
      await withTransaction(db, async (tx) => {
        const removed = await repo.markStaffRemoved(tx, userId, deps.clock.now());
        if (removed.length === 0) throw new AppError('not_found');
        await recordAudit(tx, { actorUserId: actor.id, action: 'staff.removed', entityType: 'user', entityId: userId });
      });
    },

    /**
     * The first admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated password returned so
     * the caller prints it once. Does nothing when an admin exists.
     */
    async ensureFirstAdmin(input: {
      email?: string;
      password?: string;
    }): Promise<{ email: string; password?: string } | null> {
      if (await repo.findAnyAdmin(db)) return null;
      const email = input.email ?? 'admin@propass.local';
      const generated = input.password ? undefined : randomBytes(12).toString('base64url');
      const password = input.password ?? generated!;
      await repo.insertUser(db, {
        email,
        firstName: 'ProPass',
        lastName: 'Admin',
        role: 'admin',
        locale: 'en',
        passwordHash: await hashPassword(password),
        passwordChangedAt: deps.clock.now(),
      });
      return { email, password: generated };
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
