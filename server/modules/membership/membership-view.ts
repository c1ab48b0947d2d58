import type { Locale } from '../../../contracts/common.js';
import type { Membership } from '../../../contracts/membership.js';
import type { PaymentMethod, ProgrammeSettings } from '../../../contracts/programme.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { tierNameIn } from '../../platform/i18n/index.js';
import { type MembershipRow, membershipRepository as repo } from './membership.repository.js';
import type { MembershipDeps } from './membership.types.js';

export async function toMembership(tx: DbOrTx, m: MembershipRow, locale: Locale): Promise<Membership> {
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

/** The payment methods the programme offers in a country (or its default). */
export const methodsFor = (settings: ProgrammeSettings, country: string): PaymentMethod[] =>
  settings.paymentMethods[country] ?? settings.paymentMethods.default;

/** What the membership card and its e-mails show, with the link to the card in the portal. */
export function createCardFacts(deps: Pick<MembershipDeps, 'publicUrl'>) {
  const cardUrl = `${deps.publicUrl}/portal/membership`;

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

  return { cardFacts, factsByLanguage };
}
export type CardFacts = ReturnType<typeof createCardFacts>;
