import fastifySwagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { guardSpec } from '../auth/guards.js';

/**
 * What the API document says beyond each route's own zod schemas, added here once instead of by
 * hand per route: an `operationId` for every operation (typed clients name calls by it), the error
 * answers a route can give in the one error shape, and the session cookie on the routes that need
 * a session. Everything is derived from what the route declares (method, URL, schemas, guard,
 * rate limit), so a new route is described the same way without anyone remembering to.
 */

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The error statuses of the document, each a shared response in `components.responses`. */
export const ERROR_RESPONSES = {
  400: ['BadRequest', 'The request is malformed or fails validation (`fields` names each field).'],
  401: ['Unauthenticated', 'No valid session.'],
  403: ['Forbidden', 'Not allowed for this user, two-step set-up required, or a cross-site write.'],
  404: ['NotFound', 'The resource does not exist or is not visible to this user.'],
  409: ['Conflict', 'The resource is not in a state that allows this change.'],
  422: ['Unprocessable', 'Well-formed input the rules refuse.'],
  429: ['RateLimited', 'Too many requests; try again later.'],
  503: ['Unavailable', 'The database is unreachable; retry after `Retry-After` seconds.'],
} as const satisfies Record<number, readonly [string, string]>;

type ErrorStatus = keyof typeof ERROR_RESPONSES;

export const SESSION_SCHEME = 'sessionCookie';

/** `GET /api/products/{id}/remove` → `getProductsByIdRemove`: verb, then the path after `/api`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api(?=\/|$)/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^[:{](\w+)}?$/.exec(segment);
      return param ? ['by', param[1] ?? ''] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

type RouteSchema = {
  hide?: boolean;
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  response?: Record<string, unknown>;
};

/** The error statuses a route can answer, from what it declares. */
export function errorStatusesOf(route: Pick<RouteOptions, 'url' | 'preHandler' | 'config'>, method: string) {
  const schema = ((route as { schema?: RouteSchema }).schema ?? {}) as RouteSchema;
  const guarded = [route.preHandler ?? []].flat().some((handler) => guardSpec(handler) !== undefined);
  const write = WRITE_METHODS.has(method);
  const hasParams = /[:{]\w+/.test(route.url);
  const statuses = new Set<ErrorStatus>([503]);
  // Validation (zod), malformed JSON, an undecodable path.
  if (write || hasParams || schema.body || schema.querystring || schema.params) statuses.add(400);
  if (guarded) statuses.add(401);
  // A guarded route refuses other roles; any write with a session cookie is checked for CSRF.
  if (guarded || write) statuses.add(403);
  if (hasParams) statuses.add(404);
  if (write) {
    statuses.add(409);
    statuses.add(422);
  }
  const config = (route.config ?? {}) as Record<string, unknown>;
  if ('rateLimit' in config) statuses.add(429);
  return { statuses: [...statuses].sort(), guarded };
}

/**
 * The swagger options that turn the zod schemas into the document (`jsonSchemaTransform`) and add
 * the above (the session scheme itself is declared with the document, see `registerApiDocument`).
 */
export function openApiDocumentOptions(): Pick<FastifyDynamicSwaggerOptions, 'transform' | 'transformObject'> {
  type Operation = { operationId?: string; responses?: Record<string, unknown>; security?: unknown };
  // What each route adds, by `METHOD /path` in the document's spelling; read when the object is built.
  const additions = new Map<string, { statuses: ErrorStatus[]; guarded: boolean }>();
  const documentPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

  return {
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const route = input.route as RouteOptions;
      const schema = result.schema as RouteSchema & { operationId?: string };
      if (schema?.hide) return result;
      const methods = [route.method].flat().filter((m) => m !== 'HEAD' && m !== 'OPTIONS');
      for (const method of methods)
        additions.set(`${method} ${documentPath(result.url)}`, errorStatusesOf(route, method));
      const first = methods[0] ?? 'GET';
      const { guarded } = errorStatusesOf(route, first);
      return {
        url: result.url,
        schema: {
          ...schema,
          operationId: schema.operationId ?? operationIdOf(first, result.url),
          ...(guarded ? { security: [{ [SESSION_SCHEME]: [] as string[] }] } : {}),
        },
      };
    },
    transformObject: (input) => {
      const openapiObject = (input as { openapiObject: unknown }).openapiObject;
      const document = openapiObject as {
        components?: Record<string, Record<string, unknown>>;
        paths?: Record<string, Record<string, Operation>>;
      };
      document.components ??= {};
      const components = document.components;
      components.schemas ??= {};
      components.schemas.ErrorBody = ERROR_BODY;
      components.responses = {
        ...components.responses,
        ...Object.fromEntries(
          Object.values(ERROR_RESPONSES).map(([name, description]) => [
            name,
            { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
          ]),
        ),
      };
      for (const [path, operations] of Object.entries(document.paths ?? {})) {
        for (const [method, operation] of Object.entries(operations)) {
          const added = additions.get(`${method.toUpperCase()} ${path}`);
          if (!added) continue;
          operation.responses ??= {};
          for (const status of added.statuses) {
            // A route that declares its own body for a status (e.g. an import report) keeps it.
            operation.responses[status] ??= { $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` };
          }
        }
      }
      return openapiObject as ReturnType<NonNullable<FastifyDynamicSwaggerOptions['transformObject']>>;
    },
  };
}

/**
 * Registers the OpenAPI 3.1 document of every route registered after it, served at
 * `/api/openapi.json` (`scripts/generate-api-types.mjs` reads the same document in process).
 */
export async function registerApiDocument(app: FastifyInstance, sessionCookie: string) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'ProPass API',
        version: '0.1.0',
        description: 'Business accounts and the CPS membership programme.',
      },
      // Declared up front: swagger looks the schemes up while it builds each operation.
      components: { securitySchemes: { [SESSION_SCHEME]: sessionScheme(sessionCookie) } },
    },
    ...openApiDocumentOptions(),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

function sessionScheme(name: string) {
  return {
    type: 'apiKey' as const,
    in: 'cookie',
    name,
    description: 'The session cookie set by log-in; writes also need an Origin or Referer of this site.',
  };
}

/** The one error shape (`sendError` in error-handler.ts). */
const ERROR_BODY = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'A stable code, e.g. `validation_failed`.' },
        message: { type: 'string', description: 'Translated into the request language.' },
        fields: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'Field path → translated message, for validation errors.',
        },
      },
    },
  },
};
