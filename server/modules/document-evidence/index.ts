export {
  type CaseDocumentRef,
  createDocumentEvidence,
  type DocumentEvidenceService,
  type EvidenceDocumentRef,
} from './document-evidence.js';
export { type EvidenceSubject, readFindings } from './findings.js';
export { detectTesseract, readDocument } from './read-document.js';
export { computeSignals } from './signals.js';
