import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SessionUser } from '../../contracts/auth.js';
import type { Locale } from '../../contracts/common.js';
import { CustomerOverview, type NextStep, type OpenInvoice } from '../../contracts/overview.js';
import type { BillingService } from '../modules/billing/index.js';
import type { LegacyService } from '../modules/legacy/index.js';
import type { MembershipService } from '../modules/membership/index.js';
import type { PointsService } from '../modules/points/index.js';
import type { ProductsService } from '../modules/products/index.js';
import type { SupportService } from '../modules/support/index.js';
import { currentUser, organisationOf, requireUser } from '../platform/auth/guards.js';

type Deps = {
  points: Pick<PointsService, 'summary'>;
  products: Pick<ProductsService, 'counts'>;
  legacy: Pick<LegacyService, 'pendingCount'>;
  membership: Pick<MembershipService, 'page'>;
  billing: Pick<BillingService, 'forCustomer' | 'awaitingInvoices'>;
  support: Pick<SupportService, 'list'>;
};

const OPEN_STATUSES: ReadonlySet<string> = new Set<OpenInvoice['paymentStatus']>([
  'pending',
  'partially_paid',
  'overdue',
  'failed',
]);
const isOpen = (status: string): status is OpenInvoice['paymentStatus'] => OPEN_STATUSES.has(status);
const URGENCY: Record<OpenInvoice['paymentStatus'], number> = { overdue: 0, failed: 1, partially_paid: 2, pending: 3 };

/**
 * The customer's home page: points and the next tier, products, membership, open invoices and
 * tickets of the actor's own organisation, and what to do next. A read model over the modules'
 * services, so it only reads. Steps follow the customer guide (register or migrate, complete, join
 * CPS), except that an invoice to pay comes first: an unpaid membership is suspended.
 */
export function customerOverviewFlow(deps: Deps) {
  return async (actor: SessionUser, locale: Locale): Promise<CustomerOverview> => {
    const organisationId = organisationOf(actor);
    const [summary, products, pendingMigration, membershipPage, invoices, awaiting, tickets] = await Promise.all([
      deps.points.summary(organisationId),
      deps.products.counts(organisationId),
      deps.legacy.pendingCount(organisationId),
      deps.membership.page(actor, locale),
      deps.billing.forCustomer(actor),
      deps.billing.awaitingInvoices(actor),
      deps.support.list(actor),
    ]);

    const open: OpenInvoice[] = invoices
      .flatMap((i) =>
        i.kind === 'invoice' && i.documentStatus === 'finalised' && isOpen(i.paymentStatus)
          ? [{ ...i, paymentStatus: i.paymentStatus }]
          : [],
      )
      .map((i) => ({
        id: i.id,
        number: i.number,
        openMinor: i.totalMinor - i.paidMinor,
        currency: i.currency,
        dueDate: i.dueDate,
        paymentStatus: i.paymentStatus,
        paymentMethod: i.paymentMethod,
        collectionDate: i.collectionDate,
      }))
      // Overdue first, then by due date: the first is the one to pay now.
      .sort(
        (a, b) =>
          URGENCY[a.paymentStatus] - URGENCY[b.paymentStatus] || (a.dueDate ?? '').localeCompare(b.dueDate ?? ''),
      );

    const current = membershipPage.membership;
    const isMember = current?.status === 'active' || current?.status === 'suspended';
    const steps: NextStep[] = [];
    // A direct debit is collected without the customer, unless it failed or came back.
    const toPay = open.find(
      (i) => i.paymentMethod !== 'sepa_debit' || i.paymentStatus === 'overdue' || i.paymentStatus === 'failed',
    );
    if (toPay) steps.push({ kind: 'pay_invoice', invoice: toPay });
    const canJoin = !isMember && (summary.invited || membershipPage.pointsMissing === 0);
    if (pendingMigration > 0) steps.push({ kind: 'migrate_products', count: pendingMigration });
    // No products yet, or every product complete and still short of the invitation: more products.
    else if (products.total === 0 || (!isMember && !canJoin && products.incomplete === 0))
      steps.push({ kind: 'register_products' });
    if (products.incomplete > 0) steps.push({ kind: 'complete_products', count: products.incomplete });
    if (canJoin) steps.push({ kind: 'join_cps' });

    const unresolved = tickets.filter((t) => t.status !== 'resolved');
    return {
      points: {
        balance: summary.balance,
        nextTier: summary.nextTier,
        invitationThreshold: summary.invitationThreshold,
      },
      products,
      membership: current
        ? {
            membershipNumber: current.membershipNumber,
            tierCode: current.tierCode,
            tierName: current.tierName,
            status: current.status,
            endsOn: current.endsOn,
          }
        : null,
      invoices: { open, awaiting },
      support: {
        open: unresolved.length,
        waitingForCustomer: unresolved.filter((t) => t.status === 'waiting_for_customer').length,
      },
      steps,
    };
  };
}

export const customerOverviewRoutes =
  (overview: ReturnType<typeof customerOverviewFlow>): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/overview',
      {
        preHandler: requireUser('superuser', 'member'),
        schema: { tags: ['portal'], response: { 200: CustomerOverview } },
      },
      async (request) => overview(currentUser(request), request.locale),
    );
  };
