import { inflateSync } from 'node:zlib';

/** Images larger than this are refused: a small compressed file can unpack to gigabytes of pixels. */
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 10_000;

/** Why a document was refused: each has its own translated message. */
export type DocumentProblem = 'active_content' | 'image_too_large' | 'malformed';

/**
 * PDF names that make a document do something when opened (scripts, launching programs, embedded
 * files or forms, multimedia). Plain links (/URI) and /OpenAction without a script are harmless.
 */
const ACTIVE_PDF_NAMES = new Set([
  'JS',
  'JavaScript',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'AA',
  'GoToE',
  'SubmitForm',
  'ImportData',
]);
const HTML = /<\s*(script|html|iframe|object|embed|svg|body|meta)[\s>/]|<!doctype\s+html/i;
/** Output cap per inflated stream and per document: a "zip bomb" stream is refused, not unpacked. */
const MAX_INFLATED_STREAM = 16 * 1024 * 1024;
const MAX_INFLATED_TOTAL = 64 * 1024 * 1024;

/** Checks an accepted PDF, JPEG or PNG (type detected from its bytes) for active or oversized content. */
export function inspectDocument(bytes: Buffer, mime: string): DocumentProblem | null {
  if (mime === 'application/pdf') return inspectPdf(bytes);
  if (mime === 'image/png' || mime === 'image/jpeg') {
    const size = mime === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
    if (!size) return 'malformed';
    if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS)
      return 'image_too_large';
    return null;
  }
  return 'malformed';
}

function inspectPdf(bytes: Buffer): DocumentProblem | null {
  // Nothing may follow the last %%EOF but whitespace: a PDF with a zip (or anything) appended is a polyglot.
  const eof = bytes.lastIndexOf('%%EOF');
  if (eof < 0) return 'malformed';
  for (let i = eof + 5; i < bytes.length; i++) {
    if (!isPdfWhitespace(bytes[i]!)) return 'active_content';
  }
  const text = bytes.toString('latin1');
  // Names are looked for in the objects, never in raw stream bytes (compressed data would match
  // short names such as /AA by chance); streams are unpacked and checked on their own.
  const outside: string[] = [];
  let total = 0;
  let from = 0;
  const stream = /(?<![A-Za-z])stream\r?\n/g;
  for (let match = stream.exec(text); match; match = stream.exec(text)) {
    const start = match.index + match[0].length;
    const dictStart = text.lastIndexOf('<<', match.index);
    const dict = dictStart >= 0 ? decodeNames(text.slice(dictStart, match.index)) : '';
    // The declared length when it is given directly (compressed bytes may contain "endstream").
    const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const byLength = declared ? start + Number(declared[1]) : -1;
    const end =
      byLength >= start && /^\s*endstream/.test(text.slice(byLength, byLength + 20))
        ? byLength
        : text.indexOf('endstream', start);
    if (end < 0) return 'malformed';
    outside.push(text.slice(from, match.index));
    from = text.indexOf('endstream', end) + 'endstream'.length;
    stream.lastIndex = from;
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue; // pixels, never interpreted as objects
    const objectStream = /\/Type\s*\/ObjStm\b/.test(dict);
    // A predictor turns the unpacked bytes into differences: objects behind one cannot be read here.
    if (objectStream && /\/Predictor\s+([2-9]|\d\d)/.test(dict)) return 'active_content';
    let body: Buffer = bytes.subarray(start, end);
    if (/\/FlateDecode\b/.test(dict)) {
      try {
        body = inflateSync(body, { maxOutputLength: MAX_INFLATED_STREAM });
      } catch (error) {
        // A bomb, or an object stream that cannot be read and so cannot be checked.
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || objectStream) return 'active_content';
        continue;
      }
      total += body.length;
      if (total > MAX_INFLATED_TOTAL) return 'active_content';
    } else if (objectStream && /\/Filter\b/.test(dict)) {
      return 'active_content'; // objects under another filter would escape the check
    }
    const content = body.toString('latin1');
    if (HTML.test(content)) return 'active_content';
    if (objectStream && hasActiveName(content)) return 'active_content';
  }
  outside.push(text.slice(from));
  const objects = outside.join('\n');
  if (HTML.test(objects) || hasActiveName(objects)) return 'active_content';
  return null;
}

function hasActiveName(text: string): boolean {
  // Names end at whitespace or a delimiter; #xx escapes spell any character (/J#61vaScript).
  const names = /\/([^\s/[\]<>(){}%]+)/g;
  for (let match = names.exec(text); match; match = names.exec(text)) {
    const name = match[1]!.includes('#') ? decodeName(match[1]!) : match[1]!;
    if (ACTIVE_PDF_NAMES.has(name)) return true;
  }
  return false;
}

const decodeName = (name: string) =>
  name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const decodeNames = (text: string) => text.replace(/\/[^\s/[\]<>(){}%]+/g, decodeName);
const isPdfWhitespace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/** Width and height from the PNG IHDR chunk (always the first chunk). */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Width and height from the JPEG start-of-frame segment, walking the segments from the start. */
function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = bytes.readUInt16BE(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (offset + 9 > bytes.length) return null;
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

/**
 * A text CSV: valid UTF-8, no NUL or other control characters besides tab, CR and LF, and not a
 * zip, PDF or other binary renamed .csv. Checked chunk by chunk while the file streams.
 */
export function textCsvChecker() {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  return {
    /** False when the chunk shows the file is not text. */
    chunk(data: Buffer): boolean {
      if (first) {
        first = false;
        // A zip starts with control bytes (caught below); a PDF can be plain ASCII at first.
        if (data.subarray(0, 5).toString('latin1') === '%PDF-') return false;
      }
      for (const b of data) {
        if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) return false;
      }
      try {
        decoder.decode(data, { stream: true });
        return true;
      } catch {
        return false;
      }
    },
    end(): boolean {
      try {
        decoder.decode();
        return true;
      } catch {
        return false;
      }
    },
  };
}
