import { Readable } from 'node:stream';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import { DOCUMENT_MIME_TYPES, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS } from '../../../contracts/registration.js';
import { inspectDocument, textCsvChecker } from '../documents.js';
import { AppError } from '../errors.js';
import { type Storage, type StoredFile, TooLargeError } from '../storage.js';
import { zodFields } from './error-handler.js';

export type UploadedFile = { storageKey: string; contentType: string; size: number; originalName: string };

/**
 * Reads a multipart upload (registration documents, ticket attachments): the JSON field `field`
 * comes first and is validated with `schema` and `check` before any file is stored; then each
 * file under `fileField` streams to storage. PDF, JPEG or PNG by content (not name), not empty,
 * at most 10 MB, at most 3, without active content; the JSON says how many files follow
 * (`expectedFiles`). Any other part, a file without a name or a file before the JSON is refused.
 * A refused request keeps nothing: the app deletes what it stored when the request fails.
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
  for await (const part of parts(request, partLimits(MAX_DOCUMENT_BYTES, MAX_DOCUMENTS))) {
    if (part.type === 'field') {
      // A part without a file name under the file field arrives as a field: a file without a name.
      if (part.fieldname === options.fileField) throw new AppError('document_name');
      if (part.fieldname !== options.field || data !== undefined) throw new AppError('bad_request');
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
    if (data === undefined || part.fieldname !== options.fileField) throw new AppError('bad_request');
    if (files.length >= expected) throw new AppError('document_count');
    files.push(await storeDocument(part, storage));
  }
  if (data === undefined) throw new AppError('validation_failed', { [options.field]: 'field.required' });
  if (files.length !== expected) throw new AppError('document_count');
  return { data, files };
}

/**
 * The one file of a single-file upload (CAMT statement, CSV import) under `field`, read into
 * memory. No other part may come with it.
 */
export async function readSingleFile(
  request: FastifyRequest,
  options: { field: string; maxBytes: number },
): Promise<{ name: string; bytes: Buffer }> {
  let found: { name: string; bytes: Buffer } | undefined;
  await eachSinglePart(request, options, async (part, name) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > options.maxBytes) throw tooLarge(name, options.maxBytes);
      chunks.push(chunk);
    }
    if (size === 0) throw new AppError('document_empty', undefined, { name });
    found = { name, bytes: Buffer.concat(chunks) };
  });
  return found!;
}

/**
 * The one text CSV file under `field`, streamed to storage: valid UTF-8 without NUL or other
 * binary bytes (not a zip or PDF renamed .csv), not empty, at most `maxBytes`.
 */
export async function storeCsvFile(
  request: FastifyRequest,
  storage: Storage,
  options: { field: string; maxBytes: number },
): Promise<{ name: string; stored: StoredFile }> {
  let found: { name: string; stored: StoredFile } | undefined;
  await eachSinglePart(request, options, async (part, name) => {
    const checker = textCsvChecker();
    const notText = () => new AppError('csv_not_text', undefined, { name });
    // A lazy source: nothing is read (and nothing can fail) before the storage consumes it, so a
    // refusal always reaches the storage's pipeline instead of an unlistened stream.
    const checked = Readable.from(
      (async function* () {
        for await (const chunk of part.file as AsyncIterable<Buffer>) {
          if (!checker.chunk(chunk)) throw notText();
          yield chunk;
        }
        if (!checker.end()) throw notText();
      })(),
    );
    const stored = await put(storage, checked, options.maxBytes, name, () => part.file.destroy());
    if (stored.size === 0) throw new AppError('document_empty', undefined, { name });
    found = { name, stored };
  });
  return found!;
}

/** Exactly one part, a named file under `field`; anything else is refused. */
async function eachSinglePart(
  request: FastifyRequest,
  options: { field: string; maxBytes: number },
  handle: (part: MultipartFile, name: string) => Promise<void>,
) {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  let seen = false;
  for await (const part of parts(request, partLimits(options.maxBytes, 2))) {
    if (part.type === 'field' && part.fieldname === options.field) throw new AppError('document_name');
    if (seen || part.type === 'field' || part.fieldname !== options.field) throw new AppError('bad_request');
    seen = true;
    await handle(part, fileName(part));
  }
  if (!seen) throw new AppError('validation_failed', { [options.field]: 'field.required' });
}

/**
 * The request's parts. A malformed body (no boundary, a cut-off or garbled part) makes the parser
 * throw plain errors; they are the client's fault, so they answer 400, never 500.
 */
async function* parts(request: FastifyRequest, limits: ReturnType<typeof partLimits>) {
  let iterator: AsyncIterator<Multipart>;
  try {
    iterator = request.parts({ limits })[Symbol.asyncIterator]();
  } catch (error) {
    throw clientError(error);
  }
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw clientError(error);
    }
    if (next.done) return;
    yield next.value;
  }
}

function clientError(error: unknown) {
  if (error instanceof AppError || (error as { statusCode?: number }).statusCode) return error;
  return new AppError('bad_request');
}

/** Busboy cuts a file one byte past the limit, so the storage's own check refuses it whole. */
function partLimits(maxBytes: number, files: number) {
  return { fileSize: maxBytes + 1, files, fields: 2, parts: files + 2, fieldNameSize: 100 };
}

/**
 * The client's file name, for display only: control characters (NUL, newlines, bidirectional
 * overrides) removed, at most 200 characters. No name at all is refused.
 */
export function fileName(part: { filename?: string }): string {
  const cleaned = (part.filename ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(0, 200)
    // A lone surrogate (also from the cut) is not valid text for the database.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  if (!cleaned) throw new AppError('document_name');
  return cleaned;
}

function tooLarge(name: string, maxBytes: number) {
  const mb = maxBytes / (1024 * 1024);
  const limit = mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`;
  return new AppError('document_too_large', undefined, { name, limit });
}

async function put(
  storage: Storage,
  source: NodeJS.ReadableStream,
  maxBytes: number,
  name: string,
  abort: () => void,
): Promise<StoredFile> {
  try {
    return await storage.put(source as import('node:stream').Readable, maxBytes);
  } catch (error) {
    abort();
    if (error instanceof TooLargeError || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw tooLarge(name, maxBytes);
    throw error;
  }
}

async function storeDocument(part: MultipartFile, storage: Storage): Promise<UploadedFile> {
  const name = fileName(part);
  const stored = await put(storage, part.file, MAX_DOCUMENT_BYTES, name, () => part.file.resume());
  if (stored.size === 0) throw new AppError('document_empty', undefined, { name });
  const type = await fileTypeFromBuffer(stored.head);
  if (!type || !(DOCUMENT_MIME_TYPES as readonly string[]).includes(type.mime)) {
    throw new AppError('document_type', undefined, { name });
  }
  // Documents are shown to staff: scripts, embedded files, appended data and pixel bombs are refused.
  const problem = inspectDocument(await readAll(storage, stored.key), type.mime);
  if (problem === 'active_content') throw new AppError('document_active_content', undefined, { name });
  if (problem === 'image_too_large') throw new AppError('document_image_too_large', undefined, { name });
  if (problem === 'malformed') throw new AppError('document_type', undefined, { name });
  return { storageKey: stored.key, contentType: type.mime, size: stored.size, originalName: name };
}

async function readAll(storage: Storage, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of storage.read(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
