import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type {
  Membership,
  MembershipPage,
  PurchaseInput,
  PurchaseResult,
  Quote,
  Tier,
  TierInput,
} from '../../../contracts/membership.js';
import type { PaymentMethod, ProgrammeSettings } from '../../../contracts/programme.js';
import { recordAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { tierBenefitsIn, tierNameIn } from '../../platform/i18n/index.js';
import { isSepaIban, normaliseIban } from '../../platform/identifiers.js';
import type { Jobs } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { localDate } from '../../platform/working-days.js';
import {
  cancelledUnpaidEmail,
  paymentNote,
  reminderEmail,
  restoredEmail,
  suspendedEmail,
  welcomeEmail,
} from './membership.emails.js';
import { type MembershipRow, membershipRepository as repo, type TierRow } from './membership.repository.js';
import {
  addDays,
  daysBetween,
  formatMembershipNumber,
  termEnd,
  upgradePrice,
  vatAmount,
  vatDecision,
} from './rules.js';
import { DEFAULT_TIERS } from './tier-defaults.js';

export const DAILY_QUEUE = 'membership.daily';
const CURRENCY = 'EUR';
const REMINDER_DAYS = [60, 14];

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

export function createMembershipService(deps: MembershipDeps) {
  const { db, clock, ports } = deps;
  const today = () => localDate(clock.now(), deps.timeZone);
  const cardUrl = `${deps.publicUrl}/portal/membership`;

  // The current tiers are read on every My products and membership page and change rarely:
  // kept for a few seconds, cleared by a tier change in this process.
  let tierCache: { tiers: TierRow[]; at: number } | undefined;
  const activeTiers = async (tx: DbOrTx) => {
    if (!tierCache || Date.now() - tierCache.at > 5_000) {
      const tiers = (await repo.currentTiers(tx)).filter((t) => t.active).sort((a, b) => a.rank - b.rank);
      tierCache = { tiers, at: Date.now() };
    }
    return tierCache.tiers;
  };
  const eligible = (tier: TierRow, balance: number) => balance >= tier.minPoints;

  function toTier(t: TierRow, balance: number, locale: Locale): Tier {
    return {
      code: t.code,
      version: t.version,
      category: t.category,
      name: tierNameIn(t.names, t.code, locale),
      minPoints: t.minPoints,
      priceMinor: t.prices[CURRENCY] ?? 0,
      currency: CURRENCY,
      benefits: tierBenefitsIn(t.benefits, t.code, locale),
      eligible: eligible(t, balance),
      pointsToGo: Math.max(0, t.minPoints - balance),
    };
  }

  async function toMembership(tx: DbOrTx, m: MembershipRow, locale: Locale): Promise<Membership> {
    const tier = await repo.tierVersion(tx, m.tierVersionId);
    return {
      id: m.id,
      membershipNumber: m.membershipNumber,
      previousMembershipNumber: m.previousMembershipNumber,
      tierCode: m.tierCode,
      tierName: tierNameIn(tier?.names, m.tierCode, locale),
      category: tier?.category ?? 'individual',
      status: m.status,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      unpaidDueOn: await repo.earliestUnpaidDue(tx, m.id),
    };
  }

  const methodsFor = (settings: ProgrammeSettings, country: string): PaymentMethod[] =>
    settings.paymentMethods[country] ?? settings.paymentMethods.default;

  /** Price, VAT and term of buying `tierCode` now (new, renewal or upgrade). */
  async function quote(tx: DbOrTx, organisationId: string, tierCode: string, kind: Quote['kind']) {
    // One after another: `tx` may be a transaction, which is one connection.
    const org = await repo.organisation(tx, organisationId);
    const settings = await ports.settings(tx);
    const balance = await ports.balance(organisationId, tx);
    const current = await repo.current(tx, organisationId);
    if (!org) throw new AppError('not_found');
    const tier = (await activeTiers(tx)).find((t) => t.code === tierCode);
    if (!tier) throw new AppError('validation_failed', { tierCode: 'field.tier_unknown' });
    if (!eligible(tier, balance)) throw new AppError('not_eligible', undefined, { points: tier.minPoints - balance });
    const now = today();
    const isCurrent = current && (current.status === 'active' || current.status === 'suspended');
    let net = tier.prices[CURRENCY] ?? 0;
    let startsOn = now;
    let endsOn = termEnd(now);
    if (kind === 'new') {
      if (isCurrent) throw new AppError('invalid_state');
    } else if (kind === 'renewal') {
      if (!current || current.status === 'cancelled') throw new AppError('invalid_state');
      // Renewing continues from the old expiry date (or today, once it has passed).
      startsOn = current.endsOn >= now ? addDays(current.endsOn, 1) : now;
      endsOn = termEnd(startsOn);
    } else {
      if (current?.status !== 'active') throw new AppError('invalid_state');
      const from = await repo.tierVersion(tx, current.tierVersionId);
      if (!from || from.rank >= tier.rank) throw new AppError('invalid_state');
      net = upgradePrice(from.prices[CURRENCY] ?? 0, net, now, current.endsOn, current.startsOn);
      startsOn = now;
      endsOn = current.endsOn;
    }
    const vat = vatDecision(
      { country: settings.vat.sellerCountry, domesticRateBasisPoints: settings.vat.domesticRateBasisPoints },
      { country: org.country, vatNumber: org.vatNumber },
    );
    const vatMinor = vatAmount(net, vat.rateBasisPoints);
    const dueOn = addDays(now, settings.paymentTermDays);
    const collection = await ports.expectedCollection(tx, dueOn);
    const result: Quote = {
      tierCode,
      kind,
      currency: CURRENCY,
      netMinor: net,
      vatRateBasisPoints: vat.rateBasisPoints,
      vatMinor,
      totalMinor: net + vatMinor,
      vatTreatment: vat.treatment,
      startsOn,
      endsOn,
      dueOn,
      collectionOn: collection.date,
      collectionReason: collection.reason,
    };
    return { quote: result, tier, org, settings, current };
  }

  async function notify(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    organisationId: string,
    template: string,
    content: (locale: Locale, firstName: string) => ReturnType<typeof welcomeEmail>,
  ) {
    for (const user of await ports.superusers(tx, organisationId)) {
      await deps.mailer.enqueue(tx, afterCommit, {
        to: user.email,
        template,
        locale: user.locale,
        content: content(user.locale, user.firstName),
      });
    }
  }

  async function cardFacts(tx: DbOrTx, m: MembershipRow, locale: Locale) {
    const tier = await repo.tierVersion(tx, m.tierVersionId);
    return {
      tierName: tierNameIn(tier?.names, m.tierCode, locale),
      number: m.membershipNumber,
      previous: m.previousMembershipNumber,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      url: cardUrl,
    };
  }

  /** The card facts in whichever language each recipient reads (the tier is read once). */
  const factsByLanguage = async (tx: DbOrTx, m: MembershipRow) => {
    const tier = await repo.tierVersion(tx, m.tierVersionId);
    return (locale: Locale) => ({
      tierName: tierNameIn(tier?.names, m.tierCode, locale),
      number: m.membershipNumber,
      previous: m.previousMembershipNumber,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      url: cardUrl,
    });
  };

  async function changeStatus(
    tx: DbOrTx,
    m: MembershipRow,
    to: MembershipRow['status'],
    reason: string,
    actorUserId: string | null,
    extra: Partial<MembershipRow> = {},
  ) {
    const updated = await repo.updateMembership(tx, m.id, { status: to, updatedAt: clock.now(), ...extra });
    await repo.appendEvent(tx, {
      membershipId: m.id,
      at: clock.now(),
      actorUserId,
      fromStatus: m.status,
      toStatus: to,
      fromTier: m.tierCode,
      toTier: updated.tierCode,
      reason,
    });
    return updated;
  }

  const service = {
    quote: async (actor: SessionUser, tierCode: string, kind: Quote['kind']) => {
      if (!actor.organisationId) throw new AppError('forbidden');
      return (await quote(db, actor.organisationId, tierCode, kind)).quote;
    },

    async seedDefaults() {
      if ((await repo.countTiers(db)) > 0) return;
      for (const tier of DEFAULT_TIERS) await repo.insertTierVersion(db, { ...tier, version: 1 });
    },

    /** For My products: the next tier threshold above a balance, named as the programme names it. */
    async nextTier(tx: DbOrTx, balance: number) {
      const next = (await activeTiers(tx)).sort((a, b) => a.minPoints - b.minPoints).find((t) => t.minPoints > balance);
      return next
        ? { code: next.code, names: next.names, minPoints: next.minPoints, pointsToGo: next.minPoints - balance }
        : null;
    },

    /**
     * The tier names (per language) of the versions orders bought: invoices and their e-mails name a
     * tier by the programme's one source, as the portal does.
     */
    async tierNames(tx: DbOrTx, tierVersionIds: string[]) {
      const rows = await repo.tierVersionsById(tx, [...new Set(tierVersionIds)]);
      return new Map(rows.map((r) => [r.id, r.names]));
    },

    /** For the points summary: a current membership means the CPS invitation has been taken up. */
    async isMember(tx: DbOrTx, organisationId: string) {
      const current = await repo.current(tx, organisationId);
      return current?.status === 'active' || current?.status === 'suspended';
    },

    async page(actor: SessionUser, locale: Locale): Promise<MembershipPage> {
      if (!actor.organisationId) throw new AppError('forbidden');
      const organisationId = actor.organisationId;
      const [org, settings, balance, tiers, current] = await Promise.all([
        repo.organisation(db, organisationId),
        ports.settings(db),
        ports.balance(organisationId),
        activeTiers(db),
        repo.current(db, organisationId),
      ]);
      if (!org) throw new AppError('not_found');
      const lowest = Math.min(...tiers.map((t) => t.minPoints));
      const corporate = tiers.find((t) => t.category === 'corporate');
      return {
        balance,
        invitationThreshold: settings.invitationThreshold,
        pointsMissing: Math.max(0, lowest - balance),
        categorySwitch: Boolean(corporate && eligible(corporate, balance)),
        tiers: tiers.map((t) => toTier(t, balance, locale)),
        membership: current ? await toMembership(db, current, locale) : null,
        previousMembershipNumber: current?.previousMembershipNumber ?? org.previousMembershipNumber,
        paymentMethods: methodsFor(settings, org.country),
        vatRegistered: Boolean(org.vatNumber),
        country: org.country,
      };
    },

    /**
     * Buying (new, renewal or upgrade): one order per idempotency key, so a double click or 20
     * parallel requests make one order and one membership. A new membership is active at once
     * under a new number; a previous number is kept and shown.
     */
    async purchase(actor: SessionUser, input: PurchaseInput, locale: Locale): Promise<PurchaseResult> {
      if (!actor.organisationId) throw new AppError('forbidden');
      const organisationId = actor.organisationId;
      let sepa: { iban: string; holder: string } | undefined;
      if (input.paymentMethod === 'sepa_debit') {
        const iban = normaliseIban(input.sepa?.iban ?? '');
        if (!input.sepa || !iban) throw new AppError('validation_failed', { 'sepa.iban': 'field.iban_invalid' });
        if (!isSepaIban(iban)) throw new AppError('validation_failed', { 'sepa.iban': 'field.iban_not_sepa' });
        sepa = { iban, holder: input.sepa.accountHolder };
      }
      const result = await withTransaction(db, async (tx, afterCommit) => {
        await repo.organisation(tx, organisationId, true);
        const existing = await repo.findOrder(tx, organisationId, input.idempotencyKey);
        if (existing) return resultOf(tx, existing.id, locale);
        const { quote: q, tier, org, settings, current } = await quote(tx, organisationId, input.tierCode, input.kind);
        if (!methodsFor(settings, org.country).includes(input.paymentMethod))
          throw new AppError('validation_failed', { paymentMethod: 'field.payment_method_unavailable' });
        const now = clock.now();
        const order = await repo.insertOrder(tx, {
          organisationId,
          idempotencyKey: input.idempotencyKey,
          kind: input.kind,
          tierVersionId: tier.id,
          tierCode: tier.code,
          currency: q.currency,
          netMinor: q.netMinor,
          vatRateBasisPoints: q.vatRateBasisPoints,
          vatMinor: q.vatMinor,
          totalMinor: q.totalMinor,
          vatTreatment: q.vatTreatment,
          buyerCountry: org.country,
          buyerVatNumber: org.vatNumber,
          paymentMethod: input.paymentMethod,
          sepaIban: sepa?.iban ?? null,
          sepaAccountHolder: sepa?.holder ?? null,
          sepaMandateSignedAt: sepa ? now : null,
          termsAcceptedAt: now,
          dueOn: q.dueOn,
          paidAt: q.totalMinor === 0 ? now : null,
          createdBy: actor.id,
          createdAt: now,
        });
        if (sepa) {
          // One mandate per account: a later order from the same IBAN collects under the same mandate (RCUR).
          const earlier = await repo.mandateFor(tx, organisationId, sepa.iban);
          await repo.updateOrder(tx, order.id, {
            sepaMandateReference: earlier?.sepaMandateReference ?? `PP-${order.id.slice(0, 8).toUpperCase()}`,
            sepaMandateSignedAt: earlier?.sepaMandateSignedAt ?? now,
          });
        }
        let membership: MembershipRow;
        if (input.kind === 'new') {
          const previous = current?.membershipNumber ?? org.previousMembershipNumber;
          membership = await repo.insertMembership(tx, {
            organisationId,
            membershipNumber: formatMembershipNumber(await repo.nextMembershipNumber(tx)),
            previousMembershipNumber: previous,
            tierCode: tier.code,
            tierVersionId: tier.id,
            status: 'active',
            startsOn: q.startsOn,
            endsOn: q.endsOn,
            createdAt: now,
            updatedAt: now,
          });
          await repo.appendEvent(tx, {
            membershipId: membership.id,
            at: now,
            actorUserId: actor.id,
            toStatus: 'active',
            toTier: tier.code,
            reason: 'purchased',
            detail: { orderId: order.id },
          });
        } else {
          const locked = (await repo.lockMembership(tx, current!.id))!;
          membership = await changeStatus(
            tx,
            locked,
            'active',
            input.kind === 'renewal' ? 'renewed' : 'upgraded',
            actor.id,
            {
              tierCode: tier.code,
              tierVersionId: tier.id,
              ...(input.kind === 'renewal'
                ? { endsOn: q.endsOn, ...(locked.status === 'expired' ? { startsOn: q.startsOn } : {}) }
                : {}),
            },
          );
        }
        await repo.updateOrder(tx, order.id, { membershipId: membership.id });
        ports.orderPlaced(afterCommit, order.id);
        const facts = await cardFacts(tx, membership, locale);
        const dueOn = order.dueOn;
        const collectionOn = q.dueOn === dueOn ? q.collectionOn : (await ports.expectedCollection(tx, dueOn)).date;
        await notify(
          tx,
          afterCommit,
          organisationId,
          input.kind === 'new' ? 'membership_welcome' : `membership_${input.kind}`,
          (l, firstName) =>
            welcomeEmail(l, {
              ...facts,
              tierName: tierNameIn(tier.names, tier.code, l),
              firstName,
              previous: input.kind === 'new' ? membership.previousMembershipNumber : null,
              paymentNote: paymentNote(l, input.paymentMethod, dueOn, collectionOn),
            }),
        );
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: `membership.${input.kind}`,
          entityType: 'order',
          entityId: order.id,
          detail: { tier: tier.code, total: q.totalMinor },
        });
        return resultOf(tx, order.id, locale);
      });
      // A card goes straight to the provider's hosted page (also on a retry with the same key: the
      // same checkout while it is open); nothing to pay once paid.
      if (result.paymentMethod === 'card' && !(await repo.orderById(db, result.orderId))?.paidAt)
        return { ...result, checkout: await ports.cardCheckout(actor, result.orderId) };
      return result;
    },

    async cancel(actor: SessionUser) {
      if (actor.role !== 'superuser' || !actor.organisationId) throw new AppError('forbidden');
      const organisationId = actor.organisationId;
      await withTransaction(db, async (tx) => {
        const current = await repo.current(tx, organisationId);
        if (!current || (current.status !== 'active' && current.status !== 'suspended'))
          throw new AppError('invalid_state');
        const settings = await ports.settings(tx);
        await changeStatus(
          tx,
          (await repo.lockMembership(tx, current.id))!,
          'cancelled',
          settings.refundOnCancel ? 'cancelled_refund_due' : 'cancelled_no_refund',
          actor.id,
        );
      });
    },

    async history(actor: SessionUser) {
      if (!actor.organisationId) throw new AppError('forbidden');
      const current = await repo.current(db, actor.organisationId);
      if (!current) return [];
      return (await repo.history(db, current.id)).map((e) => ({
        at: e.at.toISOString(),
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        fromTier: e.fromTier,
        toTier: e.toTier,
        reason: e.reason,
      }));
    },

    async card(actor: SessionUser, locale: Locale) {
      if (!actor.organisationId) throw new AppError('forbidden');
      const current = await repo.current(db, actor.organisationId);
      if (!current) throw new AppError('not_found');
      const org = await repo.organisation(db, actor.organisationId);
      return { membership: await toMembership(db, current, locale), organisation: org?.legalName ?? '' };
    },

    /** A payment arrived for an order (finance or the payment provider): a suspended membership is restored. */
    async orderPaid(actor: SessionUser | null, orderId: string) {
      await withTransaction(db, async (tx, afterCommit) => {
        const order = await repo.orderById(tx, orderId);
        if (!order) throw new AppError('not_found');
        if (order.paidAt) return;
        await repo.updateOrder(tx, orderId, { paidAt: clock.now() });
        await recordAudit(tx, {
          actorUserId: actor?.id ?? null,
          action: 'order.paid',
          entityType: 'order',
          entityId: orderId,
        });
        await restorePaid(tx, afterCommit);
      });
    },

    /** A collected payment was returned: the order is unpaid again and the daily run applies. */
    async orderUnpaid(orderId: string) {
      await repo.updateOrder(db, orderId, { paidAt: null });
    },

    /**
     * The daily run (idempotent; tests move the clock): expiry, reminders 60 and 14 days before
     * the end, suspension after the due date plus the grace period, restoration once paid.
     */
    async runDaily() {
      const now = today();
      await withTransaction(db, async (tx, afterCommit) => {
        const settings = await ports.settings(tx);
        for (const m of await repo.dueForExpiry(tx, now)) {
          await changeStatus(tx, (await repo.lockMembership(tx, m.id))!, 'expired', 'term_ended', null);
        }
        for (const m of await repo.endingBy(tx, addDays(now, Math.max(...REMINDER_DAYS)))) {
          const daysLeft = daysBetween(now, m.endsOn);
          const due = REMINDER_DAYS.filter((d) => daysLeft <= d).sort((a, b) => a - b)[0];
          if (due === undefined || !(await repo.claimNotice(tx, m.id, `expiry-${due}:${m.endsOn}`, clock.now())))
            continue;
          const facts = await factsByLanguage(tx, m);
          await notify(tx, afterCommit, m.organisationId, `membership_reminder_${due}`, (l, firstName) =>
            reminderEmail(l, { ...facts(l), firstName, daysLeft }),
          );
        }
        const suspendAfter = settings.overduePolicy.find((s) => s.action === 'suspend')?.days;
        const cancelAfter = settings.overduePolicy.find((s) => s.action === 'cancel')?.days;
        if (cancelAfter !== undefined) {
          for (const { membership: m } of await repo.overdue(tx, addDays(now, -cancelAfter), ['active', 'suspended'])) {
            const updated = await changeStatus(
              tx,
              (await repo.lockMembership(tx, m.id))!,
              'cancelled',
              'unpaid_invoice',
              null,
            );
            const dueOn = (await repo.earliestUnpaidDue(tx, m.id)) ?? now;
            const facts = await factsByLanguage(tx, updated);
            await notify(tx, afterCommit, m.organisationId, 'membership_cancelled_unpaid', (l, firstName) =>
              cancelledUnpaidEmail(l, { ...facts(l), firstName, dueOn }),
            );
          }
        }
        const toSuspend =
          suspendAfter === undefined ? [] : await repo.overdue(tx, addDays(now, -suspendAfter), ['active']);
        for (const { membership: m } of toSuspend) {
          const dueOn = (await repo.earliestUnpaidDue(tx, m.id)) ?? now;
          const updated = await changeStatus(
            tx,
            (await repo.lockMembership(tx, m.id))!,
            'suspended',
            'unpaid_invoice',
            null,
          );
          const facts = await factsByLanguage(tx, updated);
          await notify(tx, afterCommit, m.organisationId, 'membership_suspended', (l, firstName) =>
            suspendedEmail(l, { ...facts(l), firstName, dueOn }),
          );
        }
        await restorePaid(tx, afterCommit);
      });
    },

    async startWorkers() {
      await deps.jobs.work(DAILY_QUEUE, async () => {
        await service.runDaily();
      });
      await deps.jobs.schedule(DAILY_QUEUE, '15 6 * * *');
    },

    async adminTiers() {
      return (await repo.allTierVersions(db)).map((t) => ({ ...t, createdAt: t.createdAt.toISOString() }));
    },

    /** A tier change is a new version; orders keep the version they bought. */
    async saveTier(actor: SessionUser, input: TierInput) {
      return withTransaction(db, async (tx) => {
        const latest = await repo.latestVersion(tx, input.code);
        tierCache = undefined;
        const row = await repo.insertTierVersion(tx, {
          ...input,
          version: (latest?.version ?? 0) + 1,
          createdBy: actor.id,
          createdAt: clock.now(),
        });
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'tier.saved',
          entityType: 'tier',
          entityId: input.code,
          detail: { version: row.version, before: latest ?? null },
        });
        return { ...row, createdAt: row.createdAt.toISOString() };
      });
    },
  };
  return service;

  async function restorePaid(tx: DbOrTx, afterCommit: AfterCommit) {
    for (const m of await repo.suspendedFullyPaid(tx)) {
      const updated = await changeStatus(
        tx,
        (await repo.lockMembership(tx, m.id))!,
        'active',
        'payment_received',
        null,
      );
      const facts = await factsByLanguage(tx, updated);
      await notify(tx, afterCommit, m.organisationId, 'membership_restored', (l, firstName) =>
        restoredEmail(l, { ...facts(l), firstName }),
      );
    }
  }

  async function resultOf(tx: DbOrTx, orderId: string, locale: Locale): Promise<PurchaseResult> {
    const order = (await repo.orderById(tx, orderId))!;
    const membership = (await repo.current(tx, order.organisationId))!;
    const collection = await ports.expectedCollection(tx, order.dueOn);
    return {
      orderId: order.id,
      paymentMethod: order.paymentMethod,
      dueOn: order.dueOn,
      checkout: null,
      quote: {
        tierCode: order.tierCode,
        kind: order.kind,
        currency: order.currency,
        netMinor: order.netMinor,
        vatRateBasisPoints: order.vatRateBasisPoints,
        vatMinor: order.vatMinor,
        totalMinor: order.totalMinor,
        vatTreatment: order.vatTreatment,
        startsOn: membership.startsOn,
        endsOn: membership.endsOn,
        dueOn: order.dueOn,
        collectionOn: collection.date,
        collectionReason: collection.reason,
      },
      membership: await toMembership(tx, membership, locale),
    };
  }
}

export type MembershipService = ReturnType<typeof createMembershipService>;
