import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Strict CSP (no inline scripts; Mantine needs inline styles), and the usual headers. */
export async function registerSecurityHeaders(app: FastifyInstance, secure: boolean) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        objectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: secure,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * CSRF defence for cookie-authenticated writes: the browser's Origin (or, failing that, Referer)
 * must be this site. SameSite=Lax cookies already stop most cross-site posts; this closes the rest.
 */
export function registerCsrfCheck(app: FastifyInstance, publicUrl: string, cookieName: string) {
  const allowed = new Set([new URL(publicUrl).origin]);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!request.cookies?.[cookieName]) return;
    const origin =
      request.headers.origin ?? (request.headers.referer ? safeOrigin(request.headers.referer) : undefined);
    const own = `${request.protocol}://${request.host}`;
    if (!origin || (!allowed.has(origin) && origin !== own)) throw new AppError('csrf_rejected');
  });
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * The API reference page (a third-party HTML page under `prefix`) has one inline bootstrap
 * script; instead of loosening the CSP for it, its exact scripts are allowed by hash.
 */
export function allowInlineScriptsByHash(app: FastifyInstance, prefix: string) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith(prefix) || typeof payload !== 'string' || !payload.includes('<script')) return payload;
    const hashes = [...payload.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[1] ?? '')
          .digest('base64')}'`,
    );
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string' && hashes.length) {
      reply.header(
        'content-security-policy',
        csp.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`),
      );
    }
    return payload;
  });
}

const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'] as const;

/**
 * Whether a request comes from this machine itself: judged on the socket's peer address (never on
 * `request.ip`, which TRUST_PROXY may take from a header). A request that carries forwarding headers
 * counts as not local: a reverse proxy on the same machine would otherwise make every stranger
 * "loopback".
 */
export function isLoopbackRequest(request: FastifyRequest): boolean {
  if (FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  const peer = request.raw.socket?.remoteAddress ?? '';
  return peer === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(peer);
}

/**
 * Development tools answer loopback clients only: in the plugin that registers them, every other
 * client gets the same 404 as for a route that does not exist (before the body is even read).
 */
export function loopbackOnly(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    if (!isLoopbackRequest(request)) throw new AppError('route_not_found');
  });
}
