import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Files under assets/ carry a content hash in their name: a new build gives them a new name. */
const HASHED_DIR = 'assets';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page itself (and any file without a hash) is revalidated, so a new release shows at once. */
export const REVALIDATE = 'no-cache';

/**
 * Serves the built web app (dist/web) when it is there: the build's brotli and gzip copies
 * (scripts/compress-assets.mjs) by the browser's Accept-Encoding, hashed assets cached for a year,
 * the rest revalidated; GET and HEAD alike. Returns whether there is a web app to serve.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(join(webRoot, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    preCompressed: true,
    // The compressed copies are chosen by Accept-Encoding, never addressed themselves.
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      const hashed = relative(webRoot, path).split(sep)[0] === HASHED_DIR;
      reply.header('cache-control', hashed ? IMMUTABLE : REVALIDATE);
    },
  });
  return true;
}

/**
 * Whether a request that matched no route is a page of the single-page app (answered with
 * index.html): GET or HEAD outside the API and outside assets/ (a missing hashed file — say an old
 * chunk after a release — must be a 404, not HTML a browser would try to run as a script).
 */
export function isAppPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  return !path.startsWith('/api/') && !path.startsWith(`/${HASHED_DIR}/`);
}
