import { createApplicationStatus, statusView } from './application-status.js';
import { createCaseDetail } from './case-detail.js';
import { createCaseEvents } from './case-events.js';
import { createClaimCase } from './claim-case.js';
import { createDecideCase } from './decide-case.js';
import { createListCases } from './list-cases.js';
import { createPendingNotice } from './pending-notice.js';
import { createResendSetPassword } from './resend-set-password.js';
import { createStatusLinks } from './status-links.js';
import { createSubmitRegistration } from './submit-registration.js';
import { createMoreInfoUpload } from './upload-more-info.js';
import { validateRegistration } from './validate-registration.js';
import type { VerificationDeps } from './verification.types.js';

export {
  type NormalisedRegistration,
  SLA_WORKING_DAYS,
  type UploadedDocument,
  type VerificationDeps,
  type VerificationPorts,
} from './verification.types.js';

/** The verification module's use cases, each in its own file, composed over one set of dependencies. */
export function createVerificationService(deps: VerificationDeps) {
  const links = createStatusLinks(deps);
  const event = createCaseEvents(deps);
  const { caseDetail, document } = createCaseDetail(deps);
  const { checkMoreInfo, moreInfo } = createMoreInfoUpload(deps, links, event, statusView(deps));
  return {
    validate: validateRegistration,
    submit: createSubmitRegistration(deps, links, event),
    status: createApplicationStatus(deps, links),
    checkMoreInfo,
    moreInfo,
    sendPendingNotice: createPendingNotice(deps, links),
    queue: createListCases(deps),
    caseDetail,
    document,
    resendSetPassword: createResendSetPassword(deps, event, caseDetail),
    claim: createClaimCase(deps, event, caseDetail),
    decide: createDecideCase(deps, links, event, caseDetail),
  };
}
export type VerificationService = ReturnType<typeof createVerificationService>;
