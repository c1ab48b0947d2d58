import { createCancelMembership } from './cancel-membership.js';
import { createChangeStatus } from './change-status.js';
import { createDailyRun } from './daily-run.js';
import { createManageTiers } from './manage-tiers.js';
import type { MembershipDeps } from './membership.types.js';
import { createMembershipPage } from './membership-page.js';
import { createCardFacts } from './membership-view.js';
import { createNotifySuperusers } from './notify-superusers.js';
import { createOrderPayments, createRestorePaid } from './order-payments.js';
import { createPurchase } from './purchase.js';
import { createQuote } from './quote.js';
import type { MembershipReads } from './tier-lookups.js';

export type { MembershipDeps, MembershipPorts } from './membership.types.js';

/** The membership module's use cases, each in its own file, composed over one set of dependencies. */
export function createMembershipService(
  deps: MembershipDeps & {
    /** The module's read side, created before the modules that read it (`createMembershipReads`). */
    reads: MembershipReads;
  },
) {
  // One tier cache for the module and what other modules read of it: a tier change clears both.
  const { tiers, ...lookups } = deps.reads;
  const changeStatus = createChangeStatus(deps);
  const notify = createNotifySuperusers(deps);
  const { cardFacts, factsByLanguage } = createCardFacts(deps);
  const { quote, quoteFor } = createQuote(deps, tiers);
  const restorePaid = createRestorePaid({ changeStatus, notify, factsByLanguage });
  const { seedDefaults, adminTiers, saveTier } = createManageTiers(deps, tiers);
  const { page, history, card } = createMembershipPage(deps, tiers);
  const { orderPaid, orderUnpaid } = createOrderPayments(deps, restorePaid);
  const { runDaily } = createDailyRun(deps, { changeStatus, notify, factsByLanguage, restorePaid });
  return {
    quote: quoteFor,
    seedDefaults,
    ...lookups,
    page,
    purchase: createPurchase(deps, { quote, changeStatus, notify, cardFacts }),
    cancel: createCancelMembership(deps, changeStatus),
    history,
    card,
    orderPaid,
    orderUnpaid,
    runDaily,
    adminTiers,
    saveTier,
  };
}

export type MembershipService = ReturnType<typeof createMembershipService>;
