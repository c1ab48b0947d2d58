import type { SessionUser } from '../../../contracts/auth.js';
import type { Quote } from '../../../contracts/membership.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { localDate } from '../../platform/working-days.js';
import { type ActiveTiers, eligible } from './active-tiers.js';
import { membershipRepository as repo } from './membership.repository.js';
import { CURRENCY, type MembershipDeps } from './membership.types.js';
import { addDays, termEnd, upgradePrice, vatAmount, vatDecision } from './rules.js';

export function createQuote(deps: Pick<MembershipDeps, 'db' | 'clock' | 'timeZone' | 'ports'>, tiers: ActiveTiers) {
  const { db, clock, ports } = deps;
  const today = () => localDate(clock.now(), deps.timeZone);
  const { activeTiers } = tiers;

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

  /** The quote a customer sees before buying. */
  async function quoteFor(actor: SessionUser, tierCode: string, kind: Quote['kind']) {
    if (!actor.organisationId) throw new AppError('forbidden');
    return (await quote(db, actor.organisationId, tierCode, kind)).quote;
  }

  return { quote, quoteFor };
}
export type Quoter = ReturnType<typeof createQuote>['quote'];
