// The module's error codes, registered when the module loads.
import './verification.errors.js';

export { createDocumentRetention, documentRetentionWorker, documentsDeletedOn } from './apply-document-retention.js';
export { createVerificationService, type VerificationService } from './verification.module.js';
export { verificationRoutes } from './verification.routes.js';
export { SLA_WORKING_DAYS } from './verification.service.js';
