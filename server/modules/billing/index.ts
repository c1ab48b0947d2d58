// The module's error codes, registered when the module loads.
import './billing.errors.js';

export { billingRoutes, billingWebhookRoutes } from './billing.routes.js';
export { type BillingService, createBillingService } from './billing.service.js';
export { type PaymentProvider, testProvider } from './provider.js';
export { stripeProvider } from './stripe-provider.js';
