import { describe, expect, it } from 'vitest';
import { PDF } from '../test/http.js';
import { ZIP } from './uploads-fixtures.js';
import { body, type Part, uploadsTestbed } from './uploads-testbed.js';

// Hostile uploads of imported files: CAMT statements, legacy and catalogue CSV.
const { ctx, send, refused } = uploadsTestbed();

describe('hostile uploads: CAMT statement', () => {
  const post = (parts: Part[]) => {
    const b = body(parts);
    return send('/api/finance/statements', b.payload, b.contentType, ctx.admin.cookie);
  };
  const xml = (name?: string, data: Buffer | string = '<Document/>'): Part => ({
    name: 'file',
    filename: name,
    type: 'application/xml',
    data,
  });

  it('refuses every multipart oddity, garbage and oversize with a 4xx and keeps nothing', async () => {
    await refused(() => post([xml(undefined)]), { status: 400, code: 'document_name' });
    await refused(() => post([xml('')]), { status: 400, code: 'document_name' });
    await refused(() => post([{ name: 'note', data: 'x' }, xml('s.xml')]), { status: 400 });
    await refused(() => post([xml('a.xml'), xml('b.xml')]), { status: 400 });
    await refused(() => post([xml('a.xml'), xml('b.xml'), xml('c.xml')]));
    await refused(() => post([{ name: 'other', filename: 's.xml', type: 'application/xml', data: '<x/>' }]), {
      status: 400,
    });
    await refused(() => post([]));
    await refused(() => post([xml('empty.xml', '')]), { code: 'document_empty' });
    await refused(() => post([xml('s.xml', ZIP)]), { status: 400 });
    await refused(() => post([xml('s.xml', PDF)]), { status: 400 });
    await refused(() => send('/api/finance/statements', '<Document/>', 'application/json', ctx.admin.cookie));
    const error = await refused(() => post([xml('big.xml', Buffer.alloc(20 * 1024 * 1024 + 1, 0x20))]), {
      status: 413,
      code: 'document_too_large',
    });
    expect(error.message).toBe('The file "big.xml" is larger than 20 MB.');
  });
});

describe('hostile uploads: legacy import', () => {
  const post = (parts: Part[]) => {
    const b = body(parts);
    return send('/api/admin/legacy-imports?kind=accounts', b.payload, b.contentType, ctx.admin.cookie);
  };
  const csv = (name: string | undefined, data: Buffer | string): Part => ({
    name: 'file',
    filename: name,
    type: 'text/csv',
    data,
  });

  it('accepts only a text CSV and keeps nothing from a refused one', async () => {
    await refused(() => post([csv(undefined, 'a,b\n')]), { status: 400, code: 'document_name' });
    await refused(() => post([csv('a.csv', 'a,b\n'), csv('b.csv', 'c,d\n')]), { status: 400 });
    await refused(() => post([{ name: 'note', data: 'x' }, csv('a.csv', 'a,b\n')]), { status: 400 });
    await refused(() => post([]));
    await refused(() => post([csv('empty.csv', '')]), { code: 'document_empty' });
    await refused(() => post([csv('zip.csv', ZIP)]), { status: 415, code: 'csv_not_text' });
    await refused(() => post([csv('pdf.csv', PDF)]), { status: 415, code: 'csv_not_text' });
    await refused(() => post([csv('nul.csv', 'legacy_id,email\n1,a\u0000@example.test\n')]), { code: 'csv_not_text' });
    await refused(() => post([csv('latin1.csv', Buffer.from([0x61, 0x2c, 0xe9, 0x0a]))]), { code: 'csv_not_text' });
    // Invalid UTF-8 far into the file (past the first chunk) is found too.
    const late = Buffer.concat([Buffer.from(`id,name\n${'1,abc\n'.repeat(50_000)}`), Buffer.from([0xc3, 0x28, 0x0a])]);
    await refused(() => post([csv('late.csv', late)]), { code: 'csv_not_text' });
    await refused(() => send('/api/admin/legacy-imports?kind=accounts', 'a,b', 'text/csv', ctx.admin.cookie));
  });
});

describe('hostile uploads: catalogue CSV', () => {
  it('refuses a binary or non-UTF-8 body with a 4xx and changes nothing', async () => {
    const post = (data: Buffer) => () =>
      ctx.admin.post('/api/admin/catalogue/import', data, { 'content-type': 'text/csv' });
    await refused(post(ZIP), { status: 415, code: 'csv_not_text' });
    await refused(post(PDF), { status: 415, code: 'csv_not_text' });
    await refused(post(Buffer.from('model_code,name\nX1,Came\u0000ra\n')), { code: 'csv_not_text' });
    await refused(post(Buffer.from([0x61, 0x2c, 0xff, 0x0a])), { code: 'csv_not_text' });
  });
});
