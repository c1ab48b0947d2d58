import { Readable } from 'node:stream';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { checkRow } from './importer.js';
import { legacyKit } from './legacy.fixtures.js';

const kit = legacyKit();

describe('legacy rows', () => {
  it('checks each row and keeps what is missing as missing', () => {
    const get = (values: Record<string, string>) => (c: string) => values[c];
    expect(checkRow('accounts', get({ legacy_id: 'A1', email: 'Old@Example.test' }), 2).record).toMatchObject({
      email: 'old@example.test',
    });
    expect(checkRow('accounts', get({ legacy_id: 'A1', email: 'nope' }), 2).problems).toEqual([
      { row: 2, column: 'email', problem: expect.any(String) },
    ]);
    expect(
      checkRow('products', get({ legacy_id: 'P1', account_legacy_id: 'A1', model_name: 'Old body' }), 3).record,
    ).toMatchObject({
      serialNumber: null,
      purchaseDate: null,
      dealer: null,
    });
    const bad = checkRow(
      'products',
      get({ legacy_id: 'P 1', account_legacy_id: '', purchase_date: '31-12-2020', country: 'US' }),
      4,
    );
    expect(bad.problems.map((p) => p.column)).toEqual([
      'legacy_id',
      'account_legacy_id',
      'purchase_date',
      'country',
      'model_code',
    ]);
  });
});

describe('legacy import', () => {
  it('imports from the back office with a report of bad rows, and a second import of the same file changes nothing', async () => {
    const csv =
      'legacy_id,email,membership_number,tier,expires_on\nIMP-1,one@old.example,CPS-1,Silver,2025-12-31\nIMP-2,not-an-email,CPS-2,,\nIMP-3,three@old.example,,,2025-13-45\nIMP-4,four@old.example,,,\n';
    const first = await kit.upload('accounts', csv);
    expect(first).toMatchObject({
      status: 'done',
      rowsDone: 4,
      rowsImported: 2,
      rowsRejected: 2,
      rowsUnchanged: 0,
      share: 1,
    });
    expect(first.problems).toEqual([
      { row: 3, column: 'email', problem: expect.any(String) },
      { row: 4, column: 'expires_on', problem: expect.any(String) },
    ]);
    const second = await kit.upload('accounts', csv);
    expect(second).toMatchObject({ status: 'done', rowsImported: 0, rowsUnchanged: 2, rowsRejected: 2 });
    const [row] = await kit.rt.database.db
      .select({ n: count() })
      .from(schema.legacyAccounts)
      .where(eq(schema.legacyAccounts.email, 'one@old.example'));
    expect(Number(row?.n)).toBe(1);
    expect((await kit.admin.get('/api/admin/legacy-imports')).json().items.length).toBeGreaterThanOrEqual(2);
  });

  it('reports the problems of every batch in file order, and imports the good rows around them', async () => {
    const lines = Array.from({ length: 25 }, (_, i) =>
      i % 6 === 5
        ? `BAT-${i},BAT-A,,,,,,`
        : `BAT-${i},BAT-A,EOS-R8,,"BAT ${i}",2020-01-0${(i % 9) + 1},NL,"Dealer, ""${i}"""`,
    );
    const csv = `legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer\n${lines.join('\n')}\n`;
    const row = await kit.rt.services.legacy.createImport('products', 'batches.csv', Buffer.byteLength(csv));
    const seen: number[] = [];
    const done = await kit.rt.services.legacy.runImport(
      row.id,
      () => Readable.from([csv]),
      (p) => seen.push(p.rowsDone),
      {
        batchSize: 4,
      },
    );
    expect(done).toMatchObject({ status: 'done', rowsDone: 25, rowsImported: 21, rowsRejected: 4, rowsUnchanged: 0 });
    expect(done.problems.map((p) => p.row)).toEqual([7, 13, 19, 25]);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(25);
    const [stored] = await kit.rt.database.db
      .select()
      .from(schema.legacyProducts)
      .where(eq(schema.legacyProducts.legacyId, 'BAT-3'));
    expect(stored).toMatchObject({
      serialNumber: 'BAT3',
      purchaseDate: '2020-01-04',
      dealer: 'Dealer, "3"',
      importId: row.id,
      migrationOutcome: null,
    });
  });

  it('reports a missing column or an empty file without importing anything', async () => {
    for (const [csv, problem] of [
      ['legacy_id,model_code\nHDR-1,EOS-R8\n', { row: 1, column: 'account_legacy_id', problem: 'column missing' }],
      ['', { row: 1, column: '', problem: 'the file is empty' }],
    ] as const) {
      const row = await kit.rt.services.legacy.createImport('products', 'header.csv', csv.length);
      expect(await kit.rt.services.legacy.runImport(row.id, () => Readable.from([csv]))).toMatchObject({
        status: 'done',
        rowsImported: 0,
        problems: [problem],
        error: expect.any(String),
      });
    }
  });

  it('stores any text exactly as it was in the file', async () => {
    const names = ['NULL', 'null', '{braces}', 'back\\slash', 'say "cheese"', 'a,b', 'Größe – €', 'x y'];
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const csv = `legacy_id,account_legacy_id,model_name,dealer\n${names
      .map((n, i) => `TXT-${i},TXT-A,${quote(n)},${quote(` ${n} `)}`)
      .join('\n')}\n`;
    const row = await kit.rt.services.legacy.createImport('products', 'text.csv', Buffer.byteLength(csv));
    expect(await kit.rt.services.legacy.runImport(row.id, () => Readable.from([csv]))).toMatchObject({
      status: 'done',
      rowsImported: names.length,
    });
    const stored = await kit.rt.database.db
      .select({
        id: schema.legacyProducts.legacyId,
        name: schema.legacyProducts.modelName,
        dealer: schema.legacyProducts.dealer,
      })
      .from(schema.legacyProducts)
      .where(eq(schema.legacyProducts.legacyAccountId, 'TXT-A'));
    expect(new Map(stored.map((s) => [s.id, [s.name, s.dealer]]))).toEqual(
      new Map(names.map((n, i) => [`TXT-${i}`, [n, n]])),
    );
  });

  it('resumes an interrupted import from its checkpoint', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => `RES-${i},RES-A,EOS-R8,,RES${i},,,`);
    const csv = `legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer\n${lines.join('\n')}\n`;
    const row = await kit.rt.services.legacy.createImport('products', 'resume.csv', Buffer.byteLength(csv));
    // A source that breaks once the first batch is committed, like a crash or a lost connection.
    let committed: () => void = () => {};
    const firstBatch = new Promise<void>((resolve) => {
      committed = resolve;
    });
    let sent = false;
    const broken = () =>
      new Readable({
        read() {
          if (!sent) {
            sent = true;
            this.push(csv.slice(0, Math.floor(csv.length / 2)));
          } else void firstBatch.then(() => this.destroy(new Error('connection lost')));
        },
      });
    await expect(
      kit.rt.services.legacy.runImport(row.id, broken, () => committed(), { batchSize: 1000 }),
    ).rejects.toThrow('connection lost');
    const interrupted = await kit.rt.services.legacy.getImport(row.id);
    expect(interrupted.status).toBe('failed');
    expect(interrupted.rowsDone).toBe(1000);
    const done = await kit.rt.services.legacy.runImport(row.id, () => Readable.from([csv]));
    expect(done).toMatchObject({ status: 'done', rowsDone: 2500, rowsImported: 2500, rowsRejected: 0 });
  });
});
