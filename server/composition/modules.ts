import type { FastifyBaseLogger } from 'fastify';
import { dailyRunFlow } from '../flows/daily-run.js';
import { forgotPasswordFlow } from '../flows/forgot-password.js';
import { orderSettlementFlow } from '../flows/order-settlement.js';
import { organisationContextFlow } from '../flows/organisation-context.js';
import { vatRegistryFlow } from '../flows/vat-registry.js';
import { createAccountsService } from '../modules/accounts/index.js';
import { createAuthService } from '../modules/auth/index.js';
import { createBillingService, stripeProvider, testProvider } from '../modules/billing/index.js';
import { createCatalogueService } from '../modules/catalogue/index.js';
import { createDocumentEvidence } from '../modules/document-evidence/index.js';
import { createInsightsService } from '../modules/insights/index.js';
import { createLegacyService } from '../modules/legacy/index.js';
import { createMembershipReads, createMembershipService } from '../modules/membership/index.js';
import { createPointsService } from '../modules/points/index.js';
import { createEndOfSupport, createProductsService } from '../modules/products/index.js';
import { createProgrammeService } from '../modules/programme/index.js';
import { createSupportService } from '../modules/support/index.js';
import {
  createDocumentRetention,
  createVerificationService,
  documentRetentionWorker,
} from '../modules/verification/index.js';
import { createLinkTokens } from '../platform/auth/link-tokens.js';
import { secretBox } from '../platform/auth/secret-box.js';
import { tokenHasher } from '../platform/auth/tokens.js';
import type { Clock } from '../platform/clock.js';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/index.js';
import type { Jobs } from '../platform/jobs.js';
import { createMailer } from '../platform/mail/outbox.js';
import type { Storage } from '../platform/storage.js';

export type ModuleDeps = {
  config: Config;
  database: Database;
  jobs: Jobs;
  clock: Clock;
  /** The storage as requests use it (keys counted in flight). */
  storage: Storage;
  log: FastifyBaseLogger;
  /** Registers a task for when the app closes. */
  onClose(close: () => Promise<void>): void;
};

/**
 * Creates the platform services and the modules, each given exactly what it uses. Every port is a
 * function of a module created above it: a module that must learn something from one created
 * later subscribes through a flow instead (`orderSettlementFlow`), and what points and billing read
 * of membership is its read side, created before them. `construction-order.test.ts` checks that no
 * lambda here reaches a module declared below it.
 */
export async function composeModules(deps: ModuleDeps) {
  const { config, database, jobs, clock, storage, log } = deps;
  const db = database.db;

  // Platform services
  const hashToken = tokenHasher(config.sessionSecret);
  const linkTokens = createLinkTokens(hashToken, clock);
  const mailer = createMailer({
    db,
    jobs,
    clock,
    from: config.mailFrom,
    smtpUrl: config.smtpUrl,
    messageIdDomain: new URL(config.publicUrl).hostname || 'propass.local',
    storage,
    log,
  });

  // Modules
  const accounts = createAccountsService({
    db,
    clock,
    linkTokens,
    mailer,
    publicUrl: config.publicUrl,
    invitationsPerHour: config.invitationsPerHour,
  });
  const auth = createAuthService({
    db,
    clock,
    hashToken,
    linkTokens,
    mailer,
    publicUrl: config.publicUrl,
    secretBox: secretBox(config.sessionSecret, 'two-step'),
    staffTwoStep: config.staffTwoStep,
    timeZone: config.timeZone,
  });
  const programme = createProgrammeService({ db });
  const vatRegistry = await vatRegistryFlow({ config, db, clock, jobs, programme, log, onClose: deps.onClose });
  const documentEvidence = createDocumentEvidence({
    db,
    clock,
    jobs,
    storage,
    timeZone: config.timeZone,
    log,
    ...(vatRegistry && { vatEvidence: vatRegistry.evidence }),
  });
  const verification = createVerificationService({
    db,
    clock,
    linkTokens,
    mailer,
    publicUrl: config.publicUrl,
    programmeCountry: config.programmeCountry,
    timeZone: config.timeZone,
    documentRetentionDays: config.documentRetentionDays,
    ports: {
      ...(vatRegistry && { vatRegistry }),
      documentEvidence,
      emailInUse: accounts.emailInUse,
      organisationWithVat: async (tx, vat) => Boolean(await accounts.findOrganisationByVat(tx, vat)),
      organisationsWithLegacyEmail: async (tx, email) =>
        (await accounts.findOrganisationsByLegacyEmail(tx, email)).length,
      createOrganisationWithSuperuser: accounts.createOrganisationWithSuperuser,
      sendSetPasswordLink: auth.sendSetPasswordLink,
      resendPasswordLink: auth.sendResetIfKnown,
    },
  });

  const catalogue = createCatalogueService({ db, clock });
  // The tier table and a membership's state, read by points and billing: needs only the database.
  const membershipReads = createMembershipReads();
  const points = createPointsService({
    db,
    clock,
    mailer,
    publicUrl: config.publicUrl,
    ports: {
      settings: programme.settings,
      nextTier: membershipReads.nextTier,
      isMember: membershipReads.isMember,
      superusers: accounts.superusers,
      organisationName: accounts.organisationName,
    },
  });
  const products = createProductsService({
    db,
    clock,
    timeZone: config.timeZone,
    ports: {
      findModels: catalogue.findModels,
      settings: programme.settings,
      summary: points.summary,
      lockOrganisation: points.lockOrganisation,
      hasLedgerEntry: points.hasEntry,
      recordPoints: points.record,
      recordPointsMany: points.recordMany,
    },
  });

  // What the job-running, e-mailing modules share.
  const platform = { db, clock, jobs, mailer, publicUrl: config.publicUrl, timeZone: config.timeZone };
  const endOfSupport = createEndOfSupport({ ...platform, ports: { ...points, superusers: accounts.superusers } });
  const testPaymentSecret = hashToken('test-payment-provider');
  const billing = createBillingService({
    ...platform,
    storage,
    provider:
      config.payment.provider === 'stripe'
        ? stripeProvider(config.payment)
        : testProvider({ secret: testPaymentSecret, publicUrl: config.publicUrl }),
    ports: {
      settings: programme.settings,
      tierNames: membershipReads.tierNames,
      superusers: accounts.superusers,
      superusersOf: accounts.superusersOf,
    },
  });
  const membership = createMembershipService({
    ...platform,
    reads: membershipReads,
    ports: {
      settings: programme.settings,
      balance: async (organisationId, tx) => (await points.summary(organisationId, tx)).balance,
      superusers: accounts.superusers,
      // Every order gets its invoice from billing, created above.
      orderPlaced: billing.orderPlaced,
      cardCheckout: billing.payOrder,
      expectedCollection: billing.expectedCollection,
    },
  });
  // Billing's payments reach the membership through this flow, not through a port of billing's.
  orderSettlementFlow({ billing, membership });
  const legacy = createLegacyService({
    db,
    clock,
    jobs,
    storage,
    mailer,
    hashToken,
    ports: {
      findModelsByCodes: catalogue.findModelsByCodes,
      lockOrganisation: points.lockOrganisation,
      activeSerials: products.activeSerials,
      addMigrated: products.addMigrated,
    },
  });

  const support = createSupportService({
    db,
    clock,
    mailer,
    publicUrl: config.publicUrl,
    programmeCountry: config.programmeCountry,
    timeZone: config.timeZone,
    organisationContext: organisationContextFlow(db),
  });
  const forgotPassword = forgotPasswordFlow({ db, jobs, auth, verification });
  const documentRetention = documentRetentionWorker({
    jobs,
    log,
    run: createDocumentRetention({ database, clock, storage, retentionDays: config.documentRetentionDays }),
  });
  const insights = createInsightsService({ db, clock, timeZone: config.timeZone });
  const runDaily = dailyRunFlow({ billing, endOfSupport, membership, insights });

  return {
    services: {
      accounts,
      auth,
      verification,
      mailer,
      programme,
      catalogue,
      points,
      products,
      endOfSupport,
      legacy,
      membership,
      support,
      billing,
      forgotPassword,
      documentRetention,
      vatRegistry,
      documentEvidence,
    },
    runDaily,
    hashToken,
    /** The test payment provider's signing secret (its webhook route checks it). */
    testPaymentSecret,
  };
}
export type Modules = Awaited<ReturnType<typeof composeModules>>;
