import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const s = schema;

/** Everything one organisation holds, read for its data export. Every query is scoped to the organisation. */
export const exportRepository = {
  async organisation(db: DbOrTx, organisationId: string) {
    const [row] = await db.select().from(s.organisations).where(eq(s.organisations.id, organisationId));
    return row;
  },

  /** The organisation's users without password hashes (and nothing of their two-step secrets). */
  users(db: DbOrTx, organisationId: string) {
    return db
      .select({
        id: s.users.id,
        email: s.users.email,
        firstName: s.users.firstName,
        lastName: s.users.lastName,
        role: s.users.role,
        locale: s.users.locale,
        passwordChangedAt: s.users.passwordChangedAt,
        removedAt: s.users.removedAt,
        createdAt: s.users.createdAt,
      })
      .from(s.users)
      .where(eq(s.users.organisationId, organisationId))
      .orderBy(asc(s.users.createdAt));
  },

  async application(db: DbOrTx, applicationId: string) {
    const [application] = await db.select().from(s.applications).where(eq(s.applications.id, applicationId));
    if (!application) return null;
    const [events, documents] = await Promise.all([
      db
        .select()
        .from(s.applicationEvents)
        .where(eq(s.applicationEvents.applicationId, applicationId))
        .orderBy(asc(s.applicationEvents.seq)),
      db
        .select()
        .from(s.applicationDocuments)
        .where(eq(s.applicationDocuments.applicationId, applicationId))
        .orderBy(asc(s.applicationDocuments.uploadedAt)),
    ]);
    return { ...application, events, documents };
  },

  async products(db: DbOrTx, organisationId: string) {
    const products = await db
      .select()
      .from(s.products)
      .where(eq(s.products.organisationId, organisationId))
      .orderBy(asc(s.products.createdAt));
    const events = products.length
      ? await db
          .select()
          .from(s.productEvents)
          .where(
            inArray(
              s.productEvents.productId,
              products.map((p) => p.id),
            ),
          )
          .orderBy(asc(s.productEvents.seq))
      : [];
    return products.map((p) => ({ ...p, events: events.filter((e) => e.productId === p.id) }));
  },

  pointsLedger(db: DbOrTx, organisationId: string) {
    return db
      .select()
      .from(s.pointsLedger)
      .where(eq(s.pointsLedger.organisationId, organisationId))
      .orderBy(asc(s.pointsLedger.at));
  },

  async memberships(db: DbOrTx, organisationId: string) {
    const memberships = await db
      .select()
      .from(s.memberships)
      .where(eq(s.memberships.organisationId, organisationId))
      .orderBy(asc(s.memberships.createdAt));
    const events = memberships.length
      ? await db
          .select()
          .from(s.membershipEvents)
          .where(
            inArray(
              s.membershipEvents.membershipId,
              memberships.map((m) => m.id),
            ),
          )
          .orderBy(asc(s.membershipEvents.seq))
      : [];
    return memberships.map((m) => ({ ...m, events: events.filter((e) => e.membershipId === m.id) }));
  },

  orders(db: DbOrTx, organisationId: string) {
    return db
      .select()
      .from(s.orders)
      .where(eq(s.orders.organisationId, organisationId))
      .orderBy(asc(s.orders.createdAt));
  },

  async invoices(db: DbOrTx, organisationId: string) {
    const invoices = await db
      .select()
      .from(s.invoices)
      .where(eq(s.invoices.organisationId, organisationId))
      .orderBy(asc(s.invoices.createdAt));
    const payments = invoices.length
      ? await db
          .select()
          .from(s.payments)
          .where(
            inArray(
              s.payments.invoiceId,
              invoices.map((i) => i.id),
            ),
          )
          .orderBy(asc(s.payments.receivedAt))
      : [];
    return invoices.map(({ pdfKey, ublKey, ...invoice }) => ({
      ...invoice,
      keys: { pdfKey, ublKey },
      payments: payments.filter((p) => p.invoiceId === invoice.id),
    }));
  },

  async tickets(db: DbOrTx, organisationId: string) {
    const tickets = await db
      .select()
      .from(s.tickets)
      .where(eq(s.tickets.organisationId, organisationId))
      .orderBy(asc(s.tickets.createdAt));
    const ids = tickets.map((t) => t.id);
    if (!ids.length) return [];
    const [messages, attachments] = await Promise.all([
      db
        .select({
          id: s.ticketMessages.id,
          ticketId: s.ticketMessages.ticketId,
          authorUserId: s.ticketMessages.authorUserId,
          authorKind: s.ticketMessages.authorKind,
          body: s.ticketMessages.body,
          createdAt: s.ticketMessages.createdAt,
        })
        .from(s.ticketMessages)
        .where(inArray(s.ticketMessages.ticketId, ids))
        .orderBy(asc(s.ticketMessages.seq)),
      db.select().from(s.ticketAttachments).where(inArray(s.ticketAttachments.ticketId, ids)),
    ]);
    // Staff assigned to a ticket are named by role only: their identity is not the organisation's data.
    return tickets.map(({ assigneeId: _assignee, idempotencyKey: _key, ...ticket }) => ({
      ...ticket,
      messages: messages
        .filter((m) => m.ticketId === ticket.id)
        .map((m) => ({
          ...m,
          authorUserId: m.authorKind === 'staff' ? null : m.authorUserId,
          attachments: attachments.filter((a) => a.messageId === m.id),
        })),
    }));
  },

  /**
   * Audit entries about the organisation: done by its users, or about the organisation, its users
   * or anything it owns (by entity id, or an `organisationId` in the detail).
   */
  auditEntries(db: DbOrTx, organisationId: string, userIds: string[], entityIds: string[]) {
    const ids = [organisationId, ...userIds, ...entityIds];
    return db
      .select()
      .from(s.auditLog)
      .where(
        or(
          userIds.length ? inArray(s.auditLog.actorUserId, userIds) : sql`false`,
          inArray(s.auditLog.entityId, ids),
          sql`${s.auditLog.detail}->>'organisationId' = ${organisationId}`,
        ),
      )
      .orderBy(asc(s.auditLog.at), asc(s.auditLog.id));
  },
};
