export { accountsRoutes } from './accounts.routes.js';
export { type AccountsService, createAccountsService } from './accounts.service.js';
