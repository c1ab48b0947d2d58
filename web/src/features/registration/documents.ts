import {
  type DOCUMENT_MIME_TYPES,
  type DocumentKind,
  MAX_DOCUMENT_BYTES,
  NO_VAT_DOCUMENT_KINDS,
  VAT_DOCUMENT_KINDS,
} from '../../shared/contracts.js';

export type PickedFile = {
  key: string;
  file: File;
  kind: DocumentKind | null;
  /** i18n key of a problem with the file itself, or a message from the server. */
  problem: { key?: string; message?: string } | null;
};

const NO_KINDS: readonly DocumentKind[] = [];

export function allowedKinds(vatRegistered: boolean | null): readonly DocumentKind[] {
  if (vatRegistered === null) return NO_KINDS;
  return vatRegistered ? VAT_DOCUMENT_KINDS : NO_VAT_DOCUMENT_KINDS;
}

/** Detects PDF, JPEG and PNG from the first bytes, like the server does; the name does not count. */
export async function detectType(file: File): Promise<(typeof DOCUMENT_MIME_TYPES)[number] | null> {
  const bytes = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  return null;
}

/** The client-side check; the server repeats it and is the authority. */
export async function checkFile(file: File): Promise<string | null> {
  if (file.size === 0) return 'documents.errors.empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'documents.errors.tooLarge';
  if (!(await detectType(file))) return 'documents.errors.type';
  return null;
}

let counter = 0;
export function pickedFile(file: File, problem: string | null, kind: DocumentKind | null): PickedFile {
  counter += 1;
  return { key: `${Date.now()}-${counter}`, file, kind, problem: problem ? { key: problem } : null };
}

/** Field errors of the API name files as `documents`, `documents.0` or `documents.0.kind`. */
export function fileIndexOf(path: string): number | null {
  const match = /^documents\.(\d+)/.exec(path);
  return match ? Number(match[1]) : null;
}
