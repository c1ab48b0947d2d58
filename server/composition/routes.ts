import type { FastifyInstance } from 'fastify';
import { customerOverviewFlow, customerOverviewRoutes } from '../flows/customer-overview.js';
import { devToolsRoutes } from '../flows/daily-run.js';
import { accountsRoutes, createEInvoicingAddress, eInvoicingRoutes } from '../modules/accounts/index.js';
import { auditRoutes, createAuditService } from '../modules/audit/index.js';
import { authRoutes } from '../modules/auth/index.js';
import { billingRoutes, billingWebhookRoutes } from '../modules/billing/index.js';
import { catalogueRoutes } from '../modules/catalogue/index.js';
import { insightsRoutes } from '../modules/insights/index.js';
import { legacyRoutes } from '../modules/legacy/index.js';
import { membershipRoutes } from '../modules/membership/index.js';
import { createOrganisationPageService, organisationPageRoutes } from '../modules/organisation-page/index.js';
import { createErasureService, createExportService, privacyRoutes } from '../modules/privacy/index.js';
import { productsRoutes } from '../modules/products/index.js';
import { programmeRoutes } from '../modules/programme/index.js';
import { supportRoutes } from '../modules/support/index.js';
import { verificationRoutes } from '../modules/verification/index.js';
import { type Clock, isAdjustable } from '../platform/clock.js';
import type { Config } from '../platform/config.js';
import type { Db } from '../platform/db/index.js';
import { mailboxRoutes } from '../platform/mail/mailbox.routes.js';
import type { Storage } from '../platform/storage.js';
import type { Modules } from './modules.js';

type RateLimit = { max: number; timeWindow: number };

/** Every module's routes, the read-only back-office services behind their own, and the development tools. */
export async function registerRoutes(
  app: FastifyInstance,
  deps: {
    config: Config;
    db: Db;
    clock: Clock;
    storage: Storage;
    modules: Modules;
    limits?: { password?: RateLimit; registration?: RateLimit };
  },
) {
  const { config, db, clock, storage } = deps;
  const { services, runDaily, hashToken, testPaymentSecret } = deps.modules;
  const { auth, accounts, verification, programme, catalogue, products, membership, billing } = services;
  const { support, legacy, points, forgotPassword, mailer } = services;
  const passwordRateLimit = deps.limits?.password ?? { max: config.passwordAttemptsPerMinute, timeWindow: 60_000 };
  await app.register(
    authRoutes(auth, {
      secureCookies: config.secureCookies,
      forgotPassword: forgotPassword.request,
      passwordRateLimit,
    }),
  );
  await app.register(
    accountsRoutes(accounts, { invitationRateLimit: { max: config.invitationsPerHour, timeWindow: 3_600_000 } }),
  );
  await app.register(eInvoicingRoutes(createEInvoicingAddress({ db })));
  await app.register(auditRoutes(createAuditService({ db, timeZone: config.timeZone })));
  await app.register(
    verificationRoutes(verification, {
      storage,
      registrationRateLimit: deps.limits?.registration ?? { max: config.registrationsPerHour, timeWindow: 3_600_000 },
    }),
  );
  await app.register(programmeRoutes(programme));
  await app.register(catalogueRoutes(catalogue));
  await app.register(productsRoutes(products));
  await app.register(membershipRoutes(membership));
  await app.register(billingRoutes(billing));
  await app.register(billingWebhookRoutes(billing, { testSecret: testPaymentSecret, publicUrl: config.publicUrl }));
  await app.register(
    supportRoutes(support, {
      storage,
      contactRateLimit: deps.limits?.registration ?? {
        max: Math.min(5, config.registrationsPerHour),
        timeWindow: 3_600_000,
      },
    }),
  );
  await app.register(legacyRoutes(legacy, { storage, linkRateLimit: passwordRateLimit }));
  await app.register(
    customerOverviewRoutes(customerOverviewFlow({ points, products, legacy, membership, billing, support })),
  );
  const [exports, erasure] = [
    createExportService({ db, storage, clock }),
    createErasureService({ db, clock, hashToken }),
  ];
  await app.register(privacyRoutes({ exports, erasure }));
  await app.register(organisationPageRoutes(createOrganisationPageService({ db })));
  await app.register(insightsRoutes({ db, clock, timeZone: config.timeZone }));
  if (config.devMailbox) await app.register(mailboxRoutes(mailer, storage));
  if (config.devTools && isAdjustable(clock)) await app.register(devToolsRoutes(clock, runDaily));
}
