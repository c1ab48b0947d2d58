// The module's error codes, registered when the module loads.
import './auth.errors.js';

export { type AuthRouteOptions, authRoutes, SESSION_COOKIE } from './auth.routes.js';
export { type AuthService, createAuthService } from './auth.service.js';
