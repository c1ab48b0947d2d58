export { type CheckVatNumber, compactVatNumber, createCheckVatNumber } from './check-vat-number.js';
export { compareNames, nameWords } from './name-match.js';
export { createRecheckUnavailable } from './recheck-unavailable.js';
export type { VatCheckRow } from './vat-checks.repository.js';
export { latestVatCheck, vatEvidence } from './vat-evidence.js';
export { createVatRegistryChecks, type VatRegistryChecks } from './vat-registry-checks.js';
