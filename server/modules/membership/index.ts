export { membershipRoutes } from './membership.routes.js';
export { createMembershipService, type MembershipService } from './membership.service.js';
