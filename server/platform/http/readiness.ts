import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/index.js';
import type { Storage } from '../storage.js';
import { sendError } from './error-handler.js';

/**
 * `/healthz` (the process answers) and `/readyz` (the database and the document storage answer),
 * for a load balancer that takes an instance out while either is unreachable. A ready answer names
 * the engine and the storage kind (and the details given, e.g. the OCR found at start); the log line
 * of an unready one names the part that failed.
 */
export function readinessRoutes(
  database: Database,
  storage: Storage,
  storageKind: 'disk' | 's3',
  details: () => Promise<Record<string, string>> = async () => ({}),
) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
      let part = 'database';
      try {
        await database.ping();
        part = 'storage';
        await storage.ping?.();
        return { status: 'ready', database: database.engine, storage: storageKind, ...(await details()) };
      } catch (error) {
        request.log.warn({ err: error, part }, `not ready: ${part} unreachable`);
        return sendError(request, reply, 'unavailable');
      }
    });
  };
}
