import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COUNTRIES } from '../contracts/common.js';
import { DOCUMENT_KINDS, REJECT_REASONS } from '../contracts/registration.js';
import { customerOverviewFlow, customerOverviewRoutes } from './flows/customer-overview.js';
import { dailyRunFlow, devToolsRoutes } from './flows/daily-run.js';
import { forgotPasswordFlow } from './flows/forgot-password.js';
import { organisationContextFlow } from './flows/organisation-context.js';
import { vatRegistryFlow } from './flows/vat-registry.js';
import {
  accountsRoutes,
  createAccountsService,
  createEInvoicingAddress,
  eInvoicingRoutes,
} from './modules/accounts/index.js';
import { auditRoutes, createAuditService } from './modules/audit/index.js';
import { authRoutes, createAuthService, SESSION_COOKIE } from './modules/auth/index.js';
import {
  billingRoutes,
  billingWebhookRoutes,
  createBillingService,
  stripeProvider,
  testProvider,
} from './modules/billing/index.js';
import { catalogueRoutes, createCatalogueService } from './modules/catalogue/index.js';
import { createDocumentEvidence } from './modules/document-evidence/index.js';
import { insightsRoutes } from './modules/insights/index.js';
import { createLegacyService, legacyRoutes } from './modules/legacy/index.js';
import { createMembershipService, membershipRoutes } from './modules/membership/index.js';
import { createOrganisationPageService, organisationPageRoutes } from './modules/organisation-page/index.js';
import { createPointsService } from './modules/points/index.js';
import { createErasureService, createExportService, privacyRoutes } from './modules/privacy/index.js';
import { createEndOfSupport, createProductsService, productsRoutes } from './modules/products/index.js';
import { createProgrammeService, programmeRoutes } from './modules/programme/index.js';
import { createSupportService, supportRoutes } from './modules/support/index.js';
import {
  createDocumentRetention,
  createVerificationService,
  documentRetentionWorker,
  verificationRoutes,
} from './modules/verification/index.js';
import { createLinkTokens } from './platform/auth/link-tokens.js';
import { secretBox } from './platform/auth/secret-box.js';
import { tokenHasher } from './platform/auth/tokens.js';
import { type Clock, isAdjustable } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/index.js';
import {
  clientErrorHandler,
  frameworkErrors,
  registerErrorHandling,
  sendError,
} from './platform/http/error-handler.js';
import { registerApiDocument } from './platform/http/openapi.js';
import { readinessRoutes } from './platform/http/readiness.js';
import {
  allowInlineScriptsByHash,
  isLoopbackRequest,
  registerCsrfCheck,
  registerSecurityHeaders,
} from './platform/http/security.js';
import { registerTextCheck } from './platform/http/text-check.js';
import { isAppPage, registerWebApp } from './platform/http/web-app.js';
import { pickLocale } from './platform/i18n/index.js';
import { type Jobs, jobLogFields, runForRequest } from './platform/jobs.js';
import { mailboxRoutes } from './platform/mail/mailbox.routes.js';
import { createMailer } from './platform/mail/outbox.js';
import { createMetrics, type Metrics, metricsRoutes } from './platform/metrics.js';
import { sharedRateLimitStore } from './platform/rate-limit-store.js';
import type { Storage } from './platform/storage.js';
import { createUploadTracker } from './platform/storage-cleanup.js';
import { withTraceFields } from './platform/telemetry.js';

export type AppDeps = {
  config: Config;
  database: Database;
  jobs: Jobs;
  storage: Storage;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Rate limits, lowered or raised by tests and benchmarks. */
  limits?: { password?: { max: number; timeWindow: number }; registration?: { max: number; timeWindow: number } };
  webRoot?: string;
  /** The metrics the jobs report to as well (the runtime shares one); else the app's own. */
  metrics?: Metrics;
};

export const WEB_ROOT = resolve(import.meta.dirname, '../dist/web');
/** Builds the HTTP app and its services from the platform parts. Starts nothing. */
export async function buildApp(deps: AppDeps) {
  const { config, database, jobs, clock } = deps;
  const db = database.db;
  // Whatever a request stores and no committed row takes is deleted when the request ends.
  const uploads = createUploadTracker(deps.storage, database.sql);
  const storage = uploads.storage;
  const metrics = deps.metrics ?? createMetrics();
  const logger = deps.logger ?? { level: config.logLevel };
  const app = Fastify({
    // Log lines written inside a job name its queue, its id and the request that queued it (and the trace, when on).
    logger: typeof logger === 'object' ? { mixin: withTraceFields(jobLogFields), ...logger } : logger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // Body limit, and whose X-Forwarded-For is believed for request.ip (rate limits, audit log, declarations).
    ...config.http,
    return503OnClosing: true,
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerTextCheck(app);
  uploads.register(app);
  // Jobs queued while serving a request carry its id: the rest of the request runs inside this
  // hook's context (Fastify binds body parsing to it as well).
  app.addHook('onRequest', (request, _reply, done) => runForRequest(request.id, done));
  metrics.observeRequests(app);
  metrics.observeDatabase(database, app.log);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers are personal (or errors about a person's request): no shared or browser cache
    // keeps them, unless a route chose its own policy.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

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
    log: app.log,
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
  const vatRegistry = await vatRegistryFlow({
    config,
    db,
    clock,
    jobs,
    programme,
    log: app.log,
    onClose: (close) => app.addHook('onClose', close),
  });
  const documentEvidence = createDocumentEvidence({
    db,
    clock,
    jobs,
    storage,
    timeZone: config.timeZone,
    log: app.log,
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
  const points = createPointsService({
    db,
    clock,
    mailer,
    publicUrl: config.publicUrl,
    ports: {
      settings: programme.settings,
      // Membership is created below; the tiers live there.
      nextTier: (tx, balance) => membership.nextTier(tx, balance),
      isMember: (tx, organisationId) => membership.isMember(tx, organisationId),
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
  const membership = createMembershipService({
    ...platform,
    ports: {
      settings: programme.settings,
      balance: async (organisationId, tx) => (await points.summary(organisationId, tx)).balance,
      superusers: accounts.superusers,
      // Billing is created below; every order gets its invoice from there.
      orderPlaced: (afterCommit, orderId) => billing.orderPlaced(afterCommit, orderId),
      cardCheckout: (actor, orderId) => billing.payOrder(actor, orderId),
      expectedCollection: (tx, dueOn) => billing.expectedCollection(tx, dueOn),
    },
  });
  const testPaymentSecret = hashToken('test-payment-provider');
  const billing = createBillingService({
    db,
    clock,
    jobs,
    mailer,
    storage,
    provider:
      config.payment.provider === 'stripe'
        ? stripeProvider(config.payment)
        : testProvider({ secret: testPaymentSecret, publicUrl: config.publicUrl }),
    publicUrl: config.publicUrl,
    timeZone: config.timeZone,
    ports: {
      settings: programme.settings,
      orderPaid: (orderId) => membership.orderPaid(null, orderId),
      orderUnpaid: (orderId) => membership.orderUnpaid(orderId),
      tierNames: (tx, ids) => membership.tierNames(tx, ids),
      superusers: accounts.superusers,
      superusersOf: accounts.superusersOf,
    },
  });
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
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false, store: sharedRateLimitStore(database.sql) });
  await app.register(fastifyMultipart, { limits: { fileSize: 10 * 1024 * 1024, files: 3 } });
  await registerSecurityHeaders(app, config.secureCookies);

  app.decorateRequest('user', null);
  app.decorateRequest('locale', 'en');
  app.addHook('onRequest', async (request) => {
    // The header's language first: a failing session lookup (database down) is answered in it too.
    request.locale = pickLocale(request.headers['accept-language']);
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await auth.resolve(token) : null;
    request.locale = pickLocale(request.headers['accept-language'], request.user?.locale ?? 'en');
  });
  // After the language is known, so a refused write is answered in it.
  registerCsrfCheck(app, config.publicUrl, SESSION_COOKIE);

  await registerApiDocument(app, SESSION_COOKIE);
  allowInlineScriptsByHash(app, '/api/docs');
  await app.register(scalar, {
    routePrefix: '/api/docs',
    configuration: { url: '/api/openapi.json', withDefaultFonts: false },
  });

  await app.register(metricsRoutes(metrics, { token: config.metricsToken }));
  await app.register(readinessRoutes(database, deps.storage, config.storage.kind, documentEvidence.readiness));

  const Meta = z.object({
    countries: z.array(z.string()),
    documentKinds: z.array(z.string()),
    rejectReasons: z.array(z.string()),
    devMailbox: z.boolean(),
    environment: z.string(),
  });
  app.get('/api/meta', { schema: { tags: ['meta'], response: { 200: Meta } } }, async (request) => ({
    countries: [...COUNTRIES],
    documentKinds: [...DOCUMENT_KINDS],
    rejectReasons: [...REJECT_REASONS],
    // Offered only to a client that may use it (the dev mailbox answers loopback clients only).
    devMailbox: config.devMailbox && isLoopbackRequest(request),
    environment: config.env,
  }));

  const forgotPassword = forgotPasswordFlow({ db, jobs, auth, verification });
  const documentRetention = documentRetentionWorker({
    jobs,
    log: app.log,
    run: createDocumentRetention({ database, clock, storage, retentionDays: config.documentRetentionDays }),
  });
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
  const runDaily = dailyRunFlow({ billing, endOfSupport, membership });
  if (config.devTools && isAdjustable(clock)) await app.register(devToolsRoutes(clock, runDaily));

  const webRoot = deps.webRoot ?? WEB_ROOT;
  const hasWeb = await registerWebApp(app, webRoot);
  app.setNotFoundHandler((request, reply) => {
    // Every other GET (or HEAD) outside the API is a page of the single-page app.
    if (hasWeb && isAppPage(request)) return reply.sendFile('index.html');
    return sendError(request, reply, 'route_not_found');
  });

  return {
    app: app as FastifyInstance,
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
    /** The storage as the app uses it (requests' keys counted in flight), for the clean-up job. */
    storage,
  };
}
