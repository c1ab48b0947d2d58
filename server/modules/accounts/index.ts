export { accountsRoutes, eInvoicingRoutes } from './accounts.routes.js';
export { type AccountsService, createAccountsService, SET_PASSWORD_TTL_HOURS } from './accounts.service.js';
export { createEInvoicingAddress, type EInvoicingAddressService } from './e-invoicing-address.js';
