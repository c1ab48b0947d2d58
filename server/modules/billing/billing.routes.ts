import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BillingService } from './billing.service.js';
import { customerBillingRoutes } from './customer-billing.routes.js';
import { directDebitRoutes } from './direct-debits.routes.js';
import { financeInvoiceRoutes } from './finance-invoices.routes.js';
import { testPaymentPageRoutes } from './payment-provider.routes.js';
import { statementLineRoutes, statementRoutes } from './statements.routes.js';

/**
 * The module's HTTP routes, one plugin per area: the customer's invoices and payments, and
 * finance's back office (invoices and credit notes, bank statements, direct debits). The
 * provider's webhook is `billingWebhookRoutes` (payment-provider.routes.ts): it needs its own
 * scope for the raw body its signature covers.
 */
export const billingRoutes =
  (service: BillingService): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(customerBillingRoutes(service));
    if (service.provider.name === 'test') await app.register(testPaymentPageRoutes(service));
    await app.register(financeInvoiceRoutes(service));
    await app.register(statementRoutes(service));
    await app.register(directDebitRoutes(service));
    await app.register(statementLineRoutes(service));
  };
