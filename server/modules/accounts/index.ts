export { accountsRoutes, eInvoicingRoutes } from './accounts.routes.js';
export { type AccountsService, createAccountsService } from './accounts.service.js';
export { createEInvoicingAddress, type EInvoicingAddressService } from './e-invoicing-address.js';
