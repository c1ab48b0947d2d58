// The module's error codes, registered when the module loads.
import './billing.errors.js';

export { billingRoutes } from './billing.routes.js';
export { type BillingService, createBillingService } from './billing.service.js';
export { billingWebhookRoutes } from './payment-provider.routes.js';
export { type PaymentProvider, testProvider } from './provider.js';
export { stripeProvider } from './stripe-provider.js';
