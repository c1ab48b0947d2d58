export {
  type CaseDocumentRef,
  createDocumentEvidence,
  type DocumentEvidenceService,
  type EvidenceDocumentRef,
} from './document-evidence.js';
export { type EvidenceSubject, readFindings } from './findings.js';
export { detectOcr, type Ocr } from './ocr.js';
export { readDocument } from './read-document.js';
export { computeSignals } from './signals.js';
