export { type AuthRouteOptions, authRoutes, SESSION_COOKIE } from './auth.routes.js';
export { type AuthService, createAuthService } from './auth.service.js';
