import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiPath, type RouteEntry, routeTable } from '../../security/support/route-table.js';
import { startTestRuntime } from '../../test/runtime.js';
import { operationIdOf } from './openapi.js';

// The app builds its own Fastify instance: record every route it registers, with its guard.
vi.mock('fastify', async (importOriginal) =>
  (await import('../../security/support/route-table.js')).recordingFastify(await importOriginal()),
);

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string }>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { properties?: Record<string, unknown> }>;
    responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }>;
    securitySchemes: Record<string, { type: string; in: string; name: string }>;
  };
};

let doc: Document;
let routes: RouteEntry[];
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
  );

beforeAll(async () => {
  const rt = await startTestRuntime();
  doc = (await rt.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Document;
  routes = routeTable().filter((r) => !r.hidden && r.url.startsWith('/api/'));
});

describe('the API document', () => {
  it('names every operation with a unique operationId', () => {
    expect(operations().length).toBeGreaterThan(50);
    const ids = operations().map(({ key, operation }) => operation.operationId ?? `missing on ${key}`);
    expect(ids.filter((id) => id.startsWith('missing'))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^(get|post|put|patch|delete)[A-Z][A-Za-z0-9]*$/);
  });

  it('derives operationIds from the verb and the path', () => {
    expect(operationIdOf('GET', '/api/products/:id')).toBe('getProductsById');
    expect(operationIdOf('POST', '/api/auth/login/two-step')).toBe('postAuthLoginTwoStep');
    expect(doc.paths['/api/products/{id}']?.get?.operationId).toBe('getProductsById');
  });

  it('puts the session cookie and 401/403 on exactly the guarded routes', () => {
    expect(doc.components.securitySchemes.sessionCookie).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'pp_session' }),
    );
    expect(routes.length).toBeGreaterThan(50);
    for (const route of routes) {
      const operation = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      const key = `${route.method} ${route.url}`;
      expect(operation, key).toBeDefined();
      if (!operation) continue;
      if (route.guard) {
        expect(operation.security, key).toEqual([{ sessionCookie: [] }]);
        expect(operation.responses['401']?.$ref, key).toBe('#/components/responses/Unauthenticated');
        expect(operation.responses['403']?.$ref, key).toBe('#/components/responses/Forbidden');
      } else {
        expect(operation.security, key).toBeUndefined();
        expect(operation.responses['401'], key).toBeUndefined();
      }
    }
  });

  it('describes the errors each operation can give, in the one error shape', () => {
    const body = doc.components.schemas.ErrorBody;
    expect(Object.keys(body?.properties ?? {})).toEqual(['error']);
    for (const response of Object.values(doc.components.responses))
      expect(response.content['application/json'].schema.$ref).toBe('#/components/schemas/ErrorBody');
    for (const { key, operation } of operations()) {
      const [method, path] = key.split(' ') as [string, string];
      expect(operation.responses['503'], key).toBeDefined();
      if (path.includes('{')) expect(operation.responses['404'], key).toBeDefined();
      if (method !== 'GET') {
        for (const status of ['400', '403', '409', '422'])
          expect(operation.responses[status], `${key} ${status}`).toBeDefined();
      }
    }
    // Rate-limited routes say so; the others do not.
    expect(doc.paths['/api/auth/login']?.post?.responses['429']).toBeDefined();
    expect(doc.paths['/api/products']?.get?.responses['429']).toBeUndefined();
    // A status with its own declared body keeps it (the catalogue import's report).
    const imported = doc.paths['/api/admin/catalogue/import']?.post?.responses['422'];
    expect(imported).toBeDefined();
    expect(imported?.$ref).toBeUndefined();
  });
});
