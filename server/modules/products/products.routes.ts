import type { FastifySerializerCompiler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParam } from '../../../contracts/common.js';
import {
  DealerSuggestions,
  MyProducts,
  MyProductsQuery,
  ProductDetail,
  RegisterProductsInput,
  RegisterProductsResponse,
  RemoveProductInput,
  SerialConflictList,
  UpdateProductInput,
} from '../../../contracts/products.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import type { ProductsService } from './products.service.js';

/**
 * The two hot routes (My products, registering) answer objects the service builds field by field
 * from the contract's types, so their responses are written with JSON.stringify instead of a Zod
 * encode per request (a third of the route's CPU for 100 products). The schemas still declare
 * the responses (types, OpenAPI), and the tests parse every answer with them.
 */
const plainJson: FastifySerializerCompiler<unknown> = () => (data) => JSON.stringify(data);

export const productsRoutes =
  (service: ProductsService): FastifyPluginAsyncZod =>
  async (app) => {
    const customer = requireUser('superuser', 'member');
    const tags = ['products'];
    app.get(
      '/api/products',
      {
        preHandler: customer,
        schema: { tags, querystring: MyProductsQuery, response: { 200: MyProducts } },
        serializerCompiler: plainJson,
      },
      (request) => service.list(currentUser(request), request.query),
    );
    app.post(
      '/api/products',
      {
        preHandler: customer,
        schema: { tags, body: RegisterProductsInput, response: { 201: RegisterProductsResponse } },
        serializerCompiler: plainJson,
      },
      async (request, reply) => reply.status(201).send(await service.register(currentUser(request), request.body)),
    );
    app.get(
      '/api/products/dealers',
      {
        preHandler: customer,
        schema: {
          tags,
          querystring: z.object({ q: z.string().max(100).optional() }),
          response: { 200: DealerSuggestions },
        },
      },
      async (request) => ({ items: await service.dealers(currentUser(request), request.query.q) }),
    );
    app.get(
      '/api/products/:id',
      { preHandler: customer, schema: { tags, params: IdParam, response: { 200: ProductDetail } } },
      (request) => service.detail(currentUser(request), request.params.id),
    );
    app.patch(
      '/api/products/:id',
      {
        preHandler: customer,
        schema: { tags, params: IdParam, body: UpdateProductInput, response: { 200: ProductDetail } },
      },
      (request) => service.update(currentUser(request), request.params.id, request.body),
    );
    app.post(
      '/api/products/:id/end',
      {
        preHandler: customer,
        schema: { tags, params: IdParam, body: RemoveProductInput, response: { 200: MyProducts } },
      },
      (request) => service.end(currentUser(request), request.params.id, request.body.reason),
    );
    app.get(
      '/api/staff/serial-conflicts',
      { preHandler: requireUser('support', 'validator'), schema: { tags, response: { 200: SerialConflictList } } },
      async () => ({ items: await service.serialConflicts() }),
    );
  };
