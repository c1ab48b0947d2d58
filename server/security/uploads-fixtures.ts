import { deflateSync } from 'node:zlib';
import { PDF } from '../test/http.js';

/** Hostile and harmless documents, built in code: small and the same on every run. */

/** A one-page PDF with `extra` in its catalogue and `objects` appended before the trailer. */
export function pdf(extra = '', objects: Buffer[] = [], tail = '') {
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R${extra}>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n`,
    ),
    ...objects,
    Buffer.from(`trailer<</Root 1 0 R>>\n%%EOF\n${tail}`),
  ]);
}

/** A compressed object stream holding `body` (the objects a viewer unpacks and reads). */
export function objectStream(body: string, extra = '') {
  const data = deflateSync(Buffer.from(body));
  return Buffer.concat([
    Buffer.from(`9 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode${extra}/Length ${data.length}>>stream\n`),
    data,
    Buffer.from('\nendstream endobj\n'),
  ]);
}

/** A PNG of the given size: the signature and the IHDR header are all the check reads. */
export function png(width: number, height: number) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // truecolour
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG header of the given size (APP0, then the frame header). */
export function jpeg(width: number, height: number) {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0'),
    Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0]),
    sof,
    Buffer.from([0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34, 0xff, 0xd9]),
  ]);
}

/** A (tiny) zip archive: local file header, central directory, end record. */
export const ZIP = Buffer.concat([
  Buffer.from([
    0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0,
  ]),
  Buffer.from('a.exe'),
  Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
]);

/** Each way a PDF or image may carry active content or a pixel bomb, with the error expected. */
export const HOSTILE_DOCUMENTS: { name: string; data: Buffer; code: string }[] = [
  {
    name: 'openaction-js.pdf',
    data: pdf('/OpenAction<</S/JavaScript/JS(app.alert(1))>>'),
    code: 'document_active_content',
  },
  {
    name: 'escaped-name.pdf',
    data: pdf('/OpenAction<</S/J#61vaScript/J#53 (app.alert(1))>>'),
    code: 'document_active_content',
  },
  { name: 'launch.pdf', data: pdf('/OpenAction<</S/Launch/F(cmd.exe)>>'), code: 'document_active_content' },
  { name: 'embedded.pdf', data: pdf('/Names<</EmbeddedFiles 5 0 R>>'), code: 'document_active_content' },
  {
    name: 'richmedia.pdf',
    data: pdf('', [Buffer.from('5 0 obj<</Type/Annot/Subtype/RichMedia>>endobj\n')]),
    code: 'document_active_content',
  },
  { name: 'xfa.pdf', data: pdf('/AcroForm<</XFA 6 0 R>>'), code: 'document_active_content' },
  { name: 'aa.pdf', data: pdf('/AA<</O 7 0 R>>'), code: 'document_active_content' },
  {
    name: 'objstm.pdf',
    data: pdf('', [objectStream('10 0 <</S/JavaScript/JS(app.alert(1))>>')]),
    code: 'document_active_content',
  },
  {
    name: 'html.pdf',
    data: pdf('', [Buffer.from('<html><script>alert(1)</script></html>\n')]),
    code: 'document_active_content',
  },
  { name: 'polyglot.pdf', data: Buffer.concat([PDF, ZIP]), code: 'document_active_content' },
  { name: 'bomb.png', data: png(20_000, 20_000), code: 'document_image_too_large' },
  { name: 'bomb.jpg', data: jpeg(20_000, 20_000), code: 'document_image_too_large' },
  { name: 'wide.png', data: png(12_000, 10), code: 'document_image_too_large' },
];

/** Harmless look-alikes that must stay accepted. */
export const HARMLESS_DOCUMENTS: { name: string; data: Buffer }[] = [
  { name: 'plain.pdf', data: PDF },
  { name: 'fit-on-open.pdf', data: pdf('/OpenAction[3 0 R/Fit]') },
  {
    name: 'link.pdf',
    data: pdf('', [Buffer.from('5 0 obj<</Type/Annot/Subtype/Link/A<</S/URI/URI(https://example.com)>>>>endobj\n')]),
  },
  { name: 'compressed.pdf', data: pdf('', [objectStream('10 0 <</Type/Font/Subtype/Type1/BaseFont/Helvetica>>')]) },
  { name: 'padded.pdf', data: Buffer.concat([PDF, Buffer.from('\r\n\0\0  \n')]) },
  { name: 'photo.png', data: png(4000, 3000) },
  { name: 'photo.jpg', data: jpeg(6000, 4000) },
];
