import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, modelByCode } from '../../test/fixtures.js';
import { type client, multipart } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { checkRow } from './importer.js';

let rt: TestRuntime;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
});

async function upload(kind: 'accounts' | 'products', csv: string) {
  const body = multipart({}, [{ field: 'file', name: `${kind}.csv`, type: 'text/csv', data: Buffer.from(csv) }]);
  const res = await rt.app.inject({
    method: 'POST',
    url: `/api/admin/legacy-imports?kind=${kind}`,
    headers: { ...body.headers, cookie: admin.cookie, origin: 'http://propass.test' },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(202);
  const id = res.json().id;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const state = (await admin.get(`/api/admin/legacy-imports/${id}`)).json();
    if (state.status === 'done' || state.status === 'failed' || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Old-programme data for one e-mail: products with all, some and unmappable details. */
async function seedLegacy(email: string, prefix: string, extra = '') {
  const accounts = `legacy_id,email,membership_number,tier,expires_on\n${prefix}-A,${email},CPS-${prefix}-0042,Gold,2026-03-31\n`;
  const products = [
    'legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer',
    `${prefix}-P1,${prefix}-A,EOS-R5,EOS R5,${prefix}001,2022-05-01,NL,Cameraland`,
    `${prefix}-P2,${prefix}-A,RF-24-70-28L,,${prefix}002,2021-03-15,NL,`,
    `${prefix}-P3,${prefix}-A,,EOS 10D (old),${prefix}003,2004-01-01,DE,Foto Koch`,
    extra,
  ]
    .filter(Boolean)
    .join('\n');
  expect((await upload('accounts', accounts)).status).toBe('done');
  expect((await upload('products', `${products}\n`)).status).toBe('done');
}

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
    const first = await upload('accounts', csv);
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
    const second = await upload('accounts', csv);
    expect(second).toMatchObject({ status: 'done', rowsImported: 0, rowsUnchanged: 2, rowsRejected: 2 });
    const [row] = await rt.database.db
      .select({ n: count() })
      .from(schema.legacyAccounts)
      .where(eq(schema.legacyAccounts.email, 'one@old.example'));
    expect(Number(row?.n)).toBe(1);
    expect((await admin.get('/api/admin/legacy-imports')).json().items.length).toBeGreaterThanOrEqual(2);
  });

  it('reports the problems of every batch in file order, and imports the good rows around them', async () => {
    const lines = Array.from({ length: 25 }, (_, i) =>
      i % 6 === 5
        ? `BAT-${i},BAT-A,,,,,,`
        : `BAT-${i},BAT-A,EOS-R8,,"BAT ${i}",2020-01-0${(i % 9) + 1},NL,"Dealer, ""${i}"""`,
    );
    const csv = `legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer\n${lines.join('\n')}\n`;
    const row = await rt.services.legacy.createImport('products', 'batches.csv', Buffer.byteLength(csv));
    const seen: number[] = [];
    const done = await rt.services.legacy.runImport(
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
    const [stored] = await rt.database.db
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
      const row = await rt.services.legacy.createImport('products', 'header.csv', csv.length);
      expect(await rt.services.legacy.runImport(row.id, () => Readable.from([csv]))).toMatchObject({
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
    const row = await rt.services.legacy.createImport('products', 'text.csv', Buffer.byteLength(csv));
    expect(await rt.services.legacy.runImport(row.id, () => Readable.from([csv]))).toMatchObject({
      status: 'done',
      rowsImported: names.length,
    });
    const stored = await rt.database.db
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
    const row = await rt.services.legacy.createImport('products', 'resume.csv', Buffer.byteLength(csv));
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
    await expect(rt.services.legacy.runImport(row.id, broken, () => committed(), { batchSize: 1000 })).rejects.toThrow(
      'connection lost',
    );
    const interrupted = await rt.services.legacy.getImport(row.id);
    expect(interrupted.status).toBe('failed');
    expect(interrupted.rowsDone).toBe(1000);
    const done = await rt.services.legacy.runImport(row.id, () => Readable.from([csv]));
    expect(done).toMatchObject({ status: 'done', rowsDone: 2500, rowsImported: 2500, rowsRejected: 0 });
  });
});

describe('MIGRATE PRODUCTS', () => {
  it('previews, migrates once, awards the points of complete products and keeps the old membership number', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await seedLegacy(old, 'M1');
    const { http } = await approvedOrganisation(rt, { legacyEmail: old });
    const state = (await http.get('/api/migration')).json();
    expect(state).toMatchObject({
      available: true,
      legacyEmail: old,
      reason: null,
      previousMembershipNumber: 'CPS-M1-0042',
    });
    expect(state.preview).toEqual([
      {
        legacyId: 'M1-P1',
        modelName: 'EOS R5',
        serialNumber: 'M1001',
        points: 300,
        missing: [],
        serialConflict: false,
      },
      {
        legacyId: 'M1-P2',
        modelName: 'RF 24-70mm F2.8L IS USM',
        serialNumber: 'M1002',
        points: 150,
        missing: ['dealer'],
        serialConflict: false,
      },
      {
        legacyId: 'M1-P3',
        modelName: 'EOS 10D (old)',
        serialNumber: 'M1003',
        points: 0,
        missing: ['model'],
        serialConflict: false,
      },
    ]);
    const result = (await http.post('/api/migration')).json();
    expect(result).toEqual({ migrated: 3, complete: 1, incomplete: 2, conflicts: [], pointsAwarded: 300 });
    expect((await http.post('/api/migration')).json()).toEqual({
      migrated: 0,
      complete: 0,
      incomplete: 0,
      conflicts: [],
      pointsAwarded: 0,
    });
    const after = (await http.get('/api/migration')).json();
    expect(after).toMatchObject({ available: false, reason: 'nothing_to_migrate', migratedCount: 3 });

    const products = (await http.get('/api/products')).json();
    expect(products.summary.balance).toBe(300);
    const lens = products.items.find((p: { modelCode: string }) => p.modelCode === 'RF-24-70-28L');
    expect(lens).toMatchObject({ source: 'migrated', complete: false, missing: ['dealer'] });
    expect((await http.patch(`/api/products/${lens.id}`, { dealer: 'Cameraland' })).json().summary.balance).toBe(450);
    const unmapped = products.items.find((p: { modelName: string }) => p.modelName === 'EOS 10D (old)');
    expect(unmapped).toMatchObject({ modelId: null, complete: false, missing: ['model'] });
    const mapped = await modelByCode(rt, 'EOS-R6');
    expect((await http.patch(`/api/products/${unmapped.id}`, { modelId: mapped.id })).json()).toMatchObject({
      complete: true,
      summary: { balance: 630 },
    });

    const legacyRow = await rt.database.db
      .select()
      .from(schema.legacyProducts)
      .where(eq(schema.legacyProducts.legacyId, 'M1-P1'));
    expect(legacyRow[0]).toMatchObject({ migrationOutcome: 'migrated', migratedProductId: expect.any(String) });
  });

  it('migrates once under 50 concurrent attempts', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await seedLegacy(old, 'M2');
    const { http, organisationId } = await approvedOrganisation(rt, { legacyEmail: old });
    const results = await Promise.all(Array.from({ length: 50 }, () => http.post('/api/migration')));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect(results.reduce((n, r) => n + r.json().migrated, 0)).toBe(3);
    const [row] = await rt.database.db
      .select({ n: count() })
      .from(schema.products)
      .where(eq(schema.products.organisationId, organisationId));
    expect(Number(row?.n)).toBe(3);
    const [ledger] = await rt.database.db
      .select({ n: count() })
      .from(schema.pointsLedger)
      .where(eq(schema.pointsLedger.organisationId, organisationId));
    expect(Number(ledger?.n)).toBe(1);
  });

  it('reports a product registered by another organisation and migrates the rest', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await seedLegacy(old, 'M3');
    const other = await approvedOrganisation(rt);
    const r5 = await modelByCode(rt, 'EOS-R5');
    await other.http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: r5.id, serialNumber: 'M3001' }],
    });
    const { http } = await approvedOrganisation(rt, { legacyEmail: old });
    const preview = (await http.get('/api/migration')).json().preview;
    expect(preview.find((p: { legacyId: string }) => p.legacyId === 'M3-P1').serialConflict).toBe(true);
    const result = (await http.post('/api/migration')).json();
    expect(result).toMatchObject({
      migrated: 2,
      conflicts: [{ legacyId: 'M3-P1', modelName: 'EOS R5', serialNumber: 'M3001' }],
      pointsAwarded: 0,
    });
  });

  it('without an old e-mail explains why, and links one with a code sent to that address', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await seedLegacy(old, 'M4');
    const { http } = await approvedOrganisation(rt, { locale: 'nl' });
    expect((await http.get('/api/migration')).json()).toMatchObject({
      available: false,
      reason: 'no_legacy_email',
      preview: [],
    });

    expect((await http.post('/api/migration/link', { email: 'unknown@cps.example' })).statusCode).toBe(200);
    const unknownMail = (await rt.services.mailer.list(1000)).find((m) => m.toAddress === 'unknown@cps.example');
    expect(unknownMail?.template).toBe('legacy_link_unknown');

    expect((await http.post('/api/migration/link', { email: old })).statusCode).toBe(200);
    const mail = (await rt.services.mailer.list(1000)).find(
      (m) => m.toAddress === old && m.template === 'legacy_link_code',
    )!;
    const code = /code is (\d{6})|code is|Uw code is (\d{6})/.exec(mail.text);
    const digits = (code?.[1] ?? code?.[2])!;
    expect(digits).toMatch(/^\d{6}$/);
    expect((await http.get('/api/migration')).json().pendingLink).toBe(old);

    const wrong = await http.post('/api/migration/link/confirm', {
      email: old,
      code: digits === '000000' ? '000001' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.code).toMatch(/niet juist/);
    expect((await http.post('/api/migration/link/confirm', { email: old, code: digits })).statusCode).toBe(200);
    expect((await http.get('/api/migration')).json()).toMatchObject({
      available: true,
      legacyEmail: old,
      previousMembershipNumber: 'CPS-M4-0042',
    });
    // The code works once.
    expect((await http.post('/api/migration/link/confirm', { email: old, code: digits })).statusCode).toBe(400);
  });

  it('lets support link an old e-mail after checking, and never a customer for another organisation', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await seedLegacy(old, 'M5');
    const { http, organisationId } = await approvedOrganisation(rt);
    expect(
      (await http.post(`/api/staff/organisations/${organisationId}/legacy-email`, { email: old })).statusCode,
    ).toBe(403);
    expect(
      (await admin.post(`/api/staff/organisations/${organisationId}/legacy-email`, { email: old })).statusCode,
    ).toBe(200);
    expect((await http.get('/api/migration')).json().available).toBe(true);
  });
});
