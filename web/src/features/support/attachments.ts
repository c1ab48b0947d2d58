import { MAX_DOCUMENT_BYTES } from '../../shared/contracts.js';

export type PickedAttachment = {
  key: string;
  file: File;
  /** i18n key of a problem with the file, or a message from the server. */
  problem: { key?: string; message?: string } | null;
};

/** Detects PDF, JPEG and PNG from the first bytes, like the server does; the name does not count. */
async function detectType(file: File): Promise<string | null> {
  const bytes = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  return null;
}

/** The same rules as registration documents; the server repeats the check and is the authority. */
export async function checkAttachment(file: File): Promise<string | null> {
  if (file.size === 0) return 'documents.errors.empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'documents.errors.tooLarge';
  if (!(await detectType(file))) return 'documents.errors.type';
  return null;
}

let counter = 0;
export async function pickAttachment(file: File): Promise<PickedAttachment> {
  counter += 1;
  const problem = await checkAttachment(file);
  return { key: `${Date.now()}-${counter}`, file, problem: problem ? { key: problem } : null };
}
