import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { MembershipPage } from '../../../contracts/membership.js';
import { AppError } from '../../platform/errors.js';
import { type ActiveTiers, eligible, toTier } from './active-tiers.js';
import { membershipRepository as repo } from './membership.repository.js';
import type { MembershipDeps } from './membership.types.js';
import { methodsFor, toMembership } from './membership-view.js';

/** The customer's side: the membership page (tiers, balance, payment methods), its history and the card. */
export function createMembershipPage(deps: Pick<MembershipDeps, 'db' | 'ports'>, tiers: ActiveTiers) {
  const { db, ports } = deps;
  const { activeTiers } = tiers;

  async function page(actor: SessionUser, locale: Locale): Promise<MembershipPage> {
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
  }

  async function history(actor: SessionUser) {
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
  }

  async function card(actor: SessionUser, locale: Locale) {
    if (!actor.organisationId) throw new AppError('forbidden');
    const current = await repo.current(db, actor.organisationId);
    if (!current) throw new AppError('not_found');
    const org = await repo.organisation(db, actor.organisationId);
    return { membership: await toMembership(db, current, locale), organisation: org?.legalName ?? '' };
  }

  return { page, history, card };
}
