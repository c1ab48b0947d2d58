import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { PurchaseInput, PurchaseResult } from '../../../contracts/membership.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { tierNameIn } from '../../platform/i18n/index.js';
import { isSepaIban, normaliseIban } from '../../platform/identifiers.js';
import type { ChangeStatus } from './change-status.js';
import { paymentNote, welcomeEmail } from './membership.emails.js';
import { type MembershipRow, membershipRepository as repo } from './membership.repository.js';
import type { MembershipDeps } from './membership.types.js';
import { type CardFacts, methodsFor, toMembership } from './membership-view.js';
import type { NotifySuperusers } from './notify-superusers.js';
import type { Quoter } from './quote.js';
import { formatMembershipNumber } from './rules.js';

export function createPurchase(
  deps: Pick<MembershipDeps, 'db' | 'clock' | 'ports'>,
  use: { quote: Quoter; changeStatus: ChangeStatus; notify: NotifySuperusers; cardFacts: CardFacts['cardFacts'] },
) {
  const { db, clock, ports } = deps;
  const { quote, changeStatus, notify, cardFacts } = use;

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

  /**
   * Buying (new, renewal or upgrade): one order per idempotency key, so a double click or 20
   * parallel requests make one order and one membership. A new membership is active at once
   * under a new number; a previous number is kept and shown.
   */
  async function purchase(actor: SessionUser, input: PurchaseInput, locale: Locale): Promise<PurchaseResult> {
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
  }

  return purchase;
}
