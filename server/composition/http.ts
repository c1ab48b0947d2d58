import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import scalar from '@scalar/fastify-api-reference';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { COUNTRIES } from '../../contracts/common.js';
import { DOCUMENT_KINDS, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS, REJECT_REASONS } from '../../contracts/registration.js';
import { type AuthService, SESSION_COOKIE } from '../modules/auth/index.js';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/index.js';
import { registerApiDocument } from '../platform/http/openapi.js';
import { readinessRoutes } from '../platform/http/readiness.js';
import {
  allowInlineScriptsByHash,
  isLoopbackRequest,
  registerCsrfCheck,
  registerSecurityHeaders,
} from '../platform/http/security.js';
import { pickLocale } from '../platform/i18n/index.js';
import { type Metrics, metricsRoutes } from '../platform/metrics.js';
import { sharedRateLimitStore } from '../platform/rate-limit-store.js';
import type { Storage } from '../platform/storage.js';

/**
 * The HTTP plugins and request hooks every route relies on, in the order they run: cookies, rate
 * limits, uploads, security headers, the session and language, the CSRF check; then the API
 * document, metrics, readiness and the app's metadata.
 */
export async function registerHttp(
  app: FastifyInstance,
  deps: {
    config: Config;
    database: Database;
    /** The storage itself (readiness asks it), not the app's tracked view. */
    storage: Storage;
    metrics: Metrics;
    auth: Pick<AuthService, 'resolve'>;
    documentsReadiness: Parameters<typeof readinessRoutes>[3];
  },
) {
  const { config, database, auth } = deps;
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false, store: sharedRateLimitStore(database.sql) });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: MAX_DOCUMENTS } });
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

  await app.register(metricsRoutes(deps.metrics, { token: config.metricsToken }));
  await app.register(readinessRoutes(database, deps.storage, config.storage.kind, deps.documentsReadiness));

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
}
