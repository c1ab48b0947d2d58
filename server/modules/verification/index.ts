export { SLA_WORKING_DAYS, createVerificationService, type VerificationService } from './verification.service.js';
export { verificationRoutes } from './verification.routes.js';
