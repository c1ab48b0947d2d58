// The module's error codes, registered when the module loads.
import './verification.errors.js';

export { createDocumentRetention, documentRetentionWorker, documentsDeletedOn } from './apply-document-retention.js';
export { verificationRoutes } from './verification.routes.js';
export { createVerificationService, SLA_WORKING_DAYS, type VerificationService } from './verification.service.js';
