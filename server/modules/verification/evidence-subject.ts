import type { DocumentKind } from '../../../contracts/registration.js';
import type { EvidenceSubject } from '../document-evidence/index.js';
import type { ApplicationRow } from './verification.repository.js';

/** What the document-evidence port reads about an application: the facts its documents should show. */
export const evidenceSubject = (row: ApplicationRow): EvidenceSubject => ({
  legalName: row.legalName,
  tradingName: row.tradingName,
  vatRegistered: row.vatRegistered,
  vatNumber: row.vatNumber,
  street: row.street,
  houseNumber: row.houseNumber,
  postcode: row.postcode,
  city: row.city,
  country: row.country,
  tradeRegisterNumber: row.tradeRegisterNumber,
});

export const evidenceDocuments = (rows: { id: string; kind: string; storageKey: string; contentType: string }[]) =>
  rows.map((d) => ({ id: d.id, kind: d.kind as DocumentKind, storageKey: d.storageKey, contentType: d.contentType }));
