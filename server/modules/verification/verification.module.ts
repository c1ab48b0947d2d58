import { createClaimNextCase } from './claim-next-case.js';
import { createVerificationService as createCore, type VerificationDeps } from './verification.service.js';

/**
 * The verification service as the app uses it: the core service's rules plus the use cases kept in
 * files of their own (so far "next case").
 */
export function createVerificationService(deps: VerificationDeps) {
  return { ...createCore(deps), claimNextCase: createClaimNextCase(deps) };
}
export type VerificationService = ReturnType<typeof createVerificationService>;
