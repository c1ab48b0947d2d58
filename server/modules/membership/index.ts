// The module's error codes, registered when the module loads.
import './membership.errors.js';

export { membershipRoutes } from './membership.routes.js';
export { createMembershipService, type MembershipService } from './membership.service.js';
export { createMembershipReads, type MembershipReads } from './tier-lookups.js';
