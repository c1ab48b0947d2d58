import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import { DOCUMENT_MIME_TYPES, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS } from '../../../contracts/registration.js';
import { AppError } from '../errors.js';
import { type Storage, TooLargeError } from '../storage.js';
import { zodFields } from './error-handler.js';

export type UploadedFile = { storageKey: string; contentType: string; size: number; originalName: string };

/**
 * Reads a multipart upload (registration documents, ticket attachments): the JSON field `field`
 * comes first and is validated with `schema` and `check` before any file is stored; then each
 * file under `fileField` streams to storage. PDF, JPEG or PNG by content (not name), not empty,
 * at most 10 MB, at most 3; the JSON says how many files follow (`expectedFiles`).
 */
export async function readUpload<T, R>(
  request: FastifyRequest,
  storage: Storage,
  options: {
    field: string;
    fileField: string;
    schema: z.ZodType<T, unknown>;
    check: (data: T) => Promise<R> | R;
    expectedFiles: (data: T) => number;
  },
): Promise<{ data: R; files: UploadedFile[] }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  let data: R | undefined;
  let expected = 0;
  const files: UploadedFile[] = [];
  for await (const part of request.parts({
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: MAX_DOCUMENTS, fields: 5, parts: 10 },
  })) {
    if (part.type === 'field') {
      if (part.fieldname !== options.field || data !== undefined) continue;
      // A part sent with Content-Type: application/json arrives already parsed.
      let json: unknown = part.value;
      if (typeof part.value === 'string') {
        try {
          json = JSON.parse(part.value);
        } catch {
          throw new AppError('invalid_json');
        }
      }
      const parsed = options.schema.safeParse(json);
      if (!parsed.success) throw new AppError('validation_failed', zodFields(parsed.error.issues));
      data = await options.check(parsed.data);
      expected = options.expectedFiles(parsed.data);
      continue;
    }
    if (data === undefined) throw new AppError('bad_request');
    if (files.length >= expected || part.fieldname !== options.fileField) throw new AppError('document_count');
    files.push(await storeFile(part, storage));
  }
  if (data === undefined) throw new AppError('validation_failed', { [options.field]: 'field.required' });
  if (files.length !== expected) throw new AppError('document_count');
  return { data, files };
}

async function storeFile(part: MultipartFile, storage: Storage): Promise<UploadedFile> {
  const name = part.filename.slice(0, 200) || 'document';
  let stored: Awaited<ReturnType<Storage['put']>>;
  try {
    stored = await storage.put(part.file, MAX_DOCUMENT_BYTES);
  } catch (error) {
    if (error instanceof TooLargeError || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('document_too_large', undefined, { name });
    throw error;
  }
  if (part.file.truncated) throw new AppError('document_too_large', undefined, { name });
  if (stored.size === 0) throw new AppError('document_empty', undefined, { name });
  const type = await fileTypeFromBuffer(stored.head);
  if (!type || !(DOCUMENT_MIME_TYPES as readonly string[]).includes(type.mime)) {
    throw new AppError('document_type', undefined, { name });
  }
  return { storageKey: stored.key, contentType: type.mime, size: stored.size, originalName: name };
}
