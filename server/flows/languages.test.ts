import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contracts/languages.js';
import { schema } from '../platform/db/index.js';
import { catalogueLanguages, catalogueOf, speaker, TEXT_SEARCH_CONFIG, translate } from '../platform/i18n/index.js';
import { adminClient } from '../test/fixtures.js';
import { type client, multipart, PDF } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

/** The product speaks the programme's 15 languages: choosing one, registering in one, the FAQ in each. */

let rt: TestRuntime;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
});

const me = async () => (await admin.get('/api/auth/me')).json().user;

describe('a user chooses their language', () => {
  it('accepts each of the 15 languages, also written as a locale (fr_BE, nb-NO, no)', async () => {
    for (const language of LANGUAGES) {
      expect((await admin.put('/api/auth/locale', { locale: language })).statusCode).toBe(200);
      expect((await me()).locale).toBe(language);
    }
    for (const [tag, language] of [
      ['fr_BE', 'fr'],
      ['de-AT', 'de'],
      ['NB_no', 'nb'],
      ['no', 'nb'],
    ] as const) {
      expect((await admin.put('/api/auth/locale', { locale: tag })).statusCode).toBe(200);
      expect((await me()).locale).toBe(language);
    }
  });

  it('refuses a language the programme does not speak, with a translated 400, and keeps the choice', async () => {
    await admin.put('/api/auth/locale', { locale: 'nl' });
    const res = await admin.put('/api/auth/locale', { locale: 'ja_JP' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toBe(translate('en', 'error.validation_failed'));
    expect((await me()).locale).toBe('nl');
  });
});

describe('registering with a locale', () => {
  it('reads fr_BE as French: the user is addressed in it, with the formats of the organisation country', async () => {
    const email = `marie-${randomUUID().slice(0, 8)}@example.test`;
    const application = {
      idempotencyKey: randomUUID(),
      organisation: {
        legalName: 'Studio Lumière SRL',
        country: 'BE',
        street: 'Rue Neuve',
        houseNumber: '12',
        postcode: '1000',
        city: 'Bruxelles',
        phone: '+32 2 123 45 67',
      },
      company: { vatRegistered: false, tradeRegisterNumber: '0411.905.847', legacyEmail: '' },
      contact: { firstName: 'Marie', lastName: 'Dubois', email, locale: 'fr_BE' },
      documents: [{ kind: 'chamber_extract' }],
      declaration: true,
    };
    const body = multipart({ application: JSON.stringify(application) }, [
      { field: 'documents', name: 'extract.pdf', type: 'application/pdf', data: PDF },
    ]);
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/registrations',
      headers: { ...body.headers, 'accept-language': 'fr-BE' },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    const { reference, expectedDecisionDate } = res.json();

    const [row] = await rt.database.db
      .select({ locale: schema.applications.locale })
      .from(schema.applications)
      .where(eq(schema.applications.reference, reference));
    expect(row?.locale).toBe('fr');
    const mail = (await rt.services.mailer.list(1000)).find((m) => m.toAddress === email)!;
    expect(mail.locale).toBe('fr');
    // In French once its catalogue is there, in English until then; never a key.
    expect(mail.subject).toBe(translate('fr', 'emails:verification.received.subject', { reference }));
    expect(mail.text).toContain(speaker({ language: 'fr', country: 'BE' }).date(expectedDecisionDate));
    expect(mail.text).not.toMatch(/emails:|verification\.received/);
  });
});

describe('the FAQ in every language', () => {
  it('has a text search configuration for each of the 15 languages on this database', async () => {
    const rows = await rt.database.db.execute(sql`select cfgname from pg_ts_config`);
    const configs = new Set((rows as unknown as { rows: { cfgname: string }[] }).rows.map((r) => r.cfgname));
    for (const language of LANGUAGES) expect(configs).toContain(TEXT_SEARCH_CONFIG[language]);
  });

  it('searches every language without error and finds the seeded articles of each language with a faq.json', async () => {
    for (const language of LANGUAGES) {
      const res = await rt.app.inject(`/api/faq?locale=${language}&q=${encodeURIComponent('CPS account')}`);
      expect(res.statusCode).toBe(200);
    }
    for (const language of catalogueLanguages('faq')) {
      const articles = catalogueOf(language, 'faq') as Record<string, { title: string; body: string }>;
      const listed = (await rt.app.inject(`/api/faq?locale=${language}`)).json().items;
      expect(listed.map((a: { key: string }) => a.key).sort()).toEqual(Object.keys(articles).sort());
      const [key, article] = Object.entries(articles)[0]!;
      const found = (await rt.app.inject(`/api/faq?locale=${language}&q=${encodeURIComponent(article.title)}`)).json();
      expect(found.items.map((a: { key: string }) => a.key)).toContain(key);
    }
  });

  it("seeds a language that has no articles yet and keeps the other languages' edits", async () => {
    const { faqArticles } = schema;
    await rt.database.db.delete(faqArticles).where(eq(faqArticles.locale, 'nl'));
    await rt.database.db
      .update(faqArticles)
      .set({ body: 'Edited by an admin.' })
      .where(eq(faqArticles.key, 'how-to-pay'));
    await rt.services.support.seedFaq();
    const nl = (await rt.app.inject('/api/faq/how-to-pay?locale=nl')).json();
    expect(nl.body).toBe((catalogueOf('nl', 'faq') as Record<string, { body: string }>)['how-to-pay']!.body);
    expect((await rt.app.inject('/api/faq/how-to-pay?locale=en')).json().body).toBe('Edited by an admin.');
  });
});
