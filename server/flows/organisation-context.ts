import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { OrganisationContext } from '../../contracts/support.js';
import type { Db } from '../platform/db/index.js';
import { schema } from '../platform/db/index.js';

const { organisations, applications, products, pointsLedger, memberships, orders } = schema;

/**
 * What a support agent sees beside a ticket: the organisation's application, products and points,
 * membership and orders. A read model across modules, so it lives here and only reads.
 */
export function organisationContextFlow(db: Db) {
  return async (organisationId: string): Promise<OrganisationContext | null> => {
    const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
    if (!org) return null;
    const [[application], [productCounts], [balance], [membership], recentOrders] = await Promise.all([
      db
        .select({
          reference: applications.reference,
          status: applications.status,
          submittedAt: applications.submittedAt,
        })
        .from(applications)
        .where(eq(applications.id, org.applicationId)),
      db
        .select({ total: count(), complete: count(products.completedAt) })
        .from(products)
        .where(and(eq(products.organisationId, organisationId), eq(products.status, 'active'))),
      db
        .select({ balance: sql<string>`coalesce(sum(${pointsLedger.delta}), 0)` })
        .from(pointsLedger)
        .where(eq(pointsLedger.organisationId, organisationId)),
      db
        .select()
        .from(memberships)
        .where(eq(memberships.organisationId, organisationId))
        .orderBy(desc(memberships.createdAt))
        .limit(1),
      db
        .select()
        .from(orders)
        .where(eq(orders.organisationId, organisationId))
        .orderBy(desc(orders.createdAt))
        .limit(10),
    ]);
    return {
      organisation: {
        id: org.id,
        legalName: org.legalName,
        country: org.country,
        vatNumber: org.vatNumber,
        legacyEmail: org.legacyEmail,
      },
      application: application ? { ...application, submittedAt: application.submittedAt.toISOString() } : null,
      products: {
        count: Number(productCounts?.total ?? 0),
        complete: Number(productCounts?.complete ?? 0),
        balance: Number(balance?.balance ?? 0),
      },
      membership: membership
        ? {
            membershipNumber: membership.membershipNumber,
            tierCode: membership.tierCode,
            status: membership.status,
            endsOn: membership.endsOn,
          }
        : null,
      orders: recentOrders.map((o) => ({
        id: o.id,
        createdAt: o.createdAt.toISOString(),
        tierCode: o.tierCode,
        totalMinor: o.totalMinor,
        currency: o.currency,
        dueOn: o.dueOn,
        paid: o.paidAt !== null,
      })),
    };
  };
}
