import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../contracts/languages.js';
import { CATEGORIES, type CatalogueModel } from '../../../contracts/products.js';
import { schema } from '../../platform/db/index.js';
import { translate } from '../../platform/i18n/index.js';
import { adminClient, approvedOrganisation, modelByCode } from '../../test/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { SAMPLE_CATALOGUE } from './sample-catalogue.js';

// Product models and their point values: the sample catalogue, search, the admin's CSV import and
// export and point changes, and the category names in every language.
let rt: TestRuntime;
let admin: Awaited<ReturnType<typeof adminClient>>;
let customer: Awaited<ReturnType<typeof approvedOrganisation>>;
beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
  customer = await approvedOrganisation(rt);
});

const search = async (query: string) => {
  const res = await customer.http.get(`/api/catalogue${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as CatalogueModel[];
};
const importCsv = (text: string) =>
  admin.post('/api/admin/catalogue/import', text, { 'content-type': 'text/csv' }) as ReturnType<typeof admin.post>;

describe('catalogue models', () => {
  it('a new installation has the sample catalogue, a signed-in user searches it', async () => {
    expect(await search(`?limit=500`)).toHaveLength(SAMPLE_CATALOGUE.length);
    expect((await rt.app.inject({ method: 'GET', url: '/api/catalogue' })).statusCode).toBe(401);
  });

  it('finds by name or model code, case-insensitively, within a category and up to the limit', async () => {
    expect((await search('?q=eos%20r5%20mark')).map((m) => m.modelCode)).toEqual(['EOS-R5-II']);
    expect((await search('?q=rf-24-70')).map((m) => m.name)).toEqual(['RF 24-70mm F2.8L IS USM']);
    const lenses = await search('?category=lens&limit=500');
    expect(lenses.length).toBe(SAMPLE_CATALOGUE.filter((m) => m.category === 'lens').length);
    expect(new Set(lenses.map((m) => m.category))).toEqual(new Set(['lens']));
    expect(await search('?limit=3')).toHaveLength(3);
    // LIKE wildcards are searched for as text, not as patterns.
    expect(await search('?q=%25')).toEqual([]);
    expect(await search('?q=_')).toEqual([]);
    expect((await customer.http.get('/api/catalogue?category=toaster')).statusCode).toBe(400);
  });

  it('has a name for every category in every language', () => {
    for (const language of LANGUAGES)
      for (const category of CATEGORIES) {
        const name = translate(language, `catalogue:category.${category}`);
        expect(name, `${language} ${category}`).not.toContain('category.');
        expect(name.length, `${language} ${category}`).toBeGreaterThan(1);
      }
    expect(translate('de', 'catalogue:category.lens')).not.toBe(translate('en', 'catalogue:category.lens'));
  });
});

describe('the admin’s catalogue', () => {
  it('imports a CSV: creates, updates and leaves alone, and inactive models are not found', async () => {
    const before = await modelByCode(rt, 'EOS-R1');
    const res = await importCsv(
      [
        'model_code,name,category,points,active',
        `EOS-R1,EOS R1,camera_body,${before.points},true`,
        'eos-r3,EOS R3 (2021),camera_body,410,yes',
        'NEW-LENS-1,Test lens 1,lens,75,',
        'NEW-LENS-2,Test lens 2,lens,60,false',
      ].join('\n'),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 1, unchanged: 1 });
    expect(await modelByCode(rt, 'EOS-R3')).toMatchObject({ name: 'EOS R3 (2021)', points: 410 });
    expect(await modelByCode(rt, 'NEW-LENS-2')).toMatchObject({ active: false });
    expect((await search('?q=test%20lens')).map((m) => m.modelCode)).toEqual(['NEW-LENS-1']);
    const audit = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'catalogue.imported'));
    expect(audit.at(-1)?.detail).toEqual({ created: 2, updated: 1, unchanged: 1 });
  });

  it('refuses the whole file for any problem, naming row and column, and changes nothing', async () => {
    const before = await modelByCode(rt, 'EOS-R5');
    const res = await importCsv(
      [
        'model_code,name,category,points',
        'EOS-R5,EOS R5,camera_body,999',
        'BAD CODE,Name,lens,10',
        'CAP-1,Lens cap,accessory,5',
        'FORMULA-1,=1+2,lens,10',
        'EOS-R5,EOS R5 again,camera_body,10',
        'NUM-1,Name,lens,ten',
      ].join('\n'),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('catalogue_invalid');
    expect(res.json().error.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'model_code' }),
      expect.objectContaining({ row: 4, column: 'points' }),
      expect.objectContaining({ row: 5, column: 'name' }),
      expect.objectContaining({ row: 6, column: 'model_code', problem: 'duplicate of row 2' }),
      expect.objectContaining({ row: 7, column: 'points' }),
    ]);
    expect((await modelByCode(rt, 'EOS-R5')).points).toBe(before.points);
    const missing = await importCsv('model_code,name\nX-1,X');
    expect(missing.json().error.problems).toEqual([
      { row: 1, column: 'category', problem: 'column missing' },
      { row: 1, column: 'points', problem: 'column missing' },
    ]);
    expect((await importCsv('model_code,name,category,points\n')).statusCode).toBe(422);
  });

  it('exports the catalogue as CSV that imports back unchanged', async () => {
    const res = await admin.get('/api/admin/catalogue/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.split(/\r?\n/)[0]).toBe('model_code,name,category,points,active,end_of_support');
    expect(res.body).toContain('NEW-LENS-2,Test lens 2,lens,60,false');
    const again = await importCsv(res.body);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    expect(await modelByCode(rt, 'NEW-LENS-2')).toMatchObject({ active: false });
  });

  it('changes a model’s points (audited); accessories stay at 0; customers may not', async () => {
    const model = await modelByCode(rt, 'EOS-R6');
    const res = await admin.put(`/api/admin/catalogue/${model.id}/points`, { points: 222 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ modelCode: 'EOS-R6', points: 222 });
    expect((await search('?q=EOS-R6&limit=500')).find((m) => m.modelCode === 'EOS-R6')?.points).toBe(222);
    const [accessory] = await rt.database.db
      .select()
      .from(schema.catalogueModels)
      .where(eq(schema.catalogueModels.category, 'accessory'))
      .limit(1);
    const refused = await admin.put(`/api/admin/catalogue/${accessory!.id}/points`, { points: 10 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({ points: expect.any(String) });
    expect((await modelByCode(rt, accessory!.modelCode)).points).toBe(0);
    const unknown = await admin.put('/api/admin/catalogue/00000000-0000-4000-8000-000000000000/points', { points: 1 });
    expect(unknown.statusCode).toBe(404);
    expect((await customer.http.put(`/api/admin/catalogue/${model.id}/points`, { points: 1 })).statusCode).toBe(403);
    expect((await modelByCode(rt, 'EOS-R6')).points).toBe(222);
  });
});
