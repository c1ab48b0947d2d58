import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
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
