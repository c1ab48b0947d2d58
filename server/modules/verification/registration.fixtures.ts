import { randomUUID } from 'node:crypto';
import { beforeAll, expect } from 'vitest';
import { client, multipart, PDF } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

type Company = {
  vatRegistered: boolean;
  vatNumber?: string;
  tradeRegisterNumber?: string;
  electronicAddress?: string;
  legacyEmail: string;
};

export const ADMIN = { email: 'validator@example.test', password: 'Admin-password-123!' };

/**
 * The set-up the registration tests share: a fresh runtime with a first admin (the validator),
 * application forms, the multipart registration request, the outbox and the staff log-in.
 * Call it at the top of a test file; `kit.rt` is ready once the file's `beforeAll` has run.
 */
export function registrationKit() {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startTestRuntime();
    await rt.services.accounts.ensureFirstAdmin(ADMIN);
  });

  let seq = 0;
  function application(
    overrides: {
      email?: string;
      vat?: string | null;
      locale?: 'nl' | 'en';
      kinds?: string[];
      legacy?: string;
      /** Without a VAT number: the KvK number (its e-invoicing address), 34126549 unless given. */
      register?: string;
    } = {},
  ) {
    seq++;
    const vat = overrides.vat === undefined ? null : overrides.vat;
    return {
      idempotencyKey: randomUUID(),
      source: 'itcg',
      organisation: {
        legalName: `Studio ${seq} B.V.`,
        tradingName: `Studio ${seq}`,
        country: 'NL',
        street: 'Keizersgracht',
        houseNumber: '1',
        postcode: '1015 CJ',
        city: 'Amsterdam',
        phone: '+31 20 123 4567',
      },
      company: {
        vatRegistered: vat !== null,
        vatNumber: vat ?? undefined,
        tradeRegisterNumber: vat ? undefined : (overrides.register ?? '34126549'),
        legacyEmail: overrides.legacy ?? '',
      } as Company,
      contact: {
        firstName: 'Anna',
        lastName: `de Vries ${seq}`,
        email: overrides.email ?? `anna${seq}@example.test`,
        locale: overrides.locale ?? 'nl',
      },
      documents: (overrides.kinds ?? [vat ? 'vat_certificate' : 'chamber_extract']).map((kind) => ({ kind })),
      declaration: true,
    };
  }

  async function register(
    app: ReturnType<typeof application>,
    files: { name: string; data: Buffer }[] = [{ name: 'proof.pdf', data: PDF }],
    locale = 'en',
  ) {
    const body = multipart(
      { application: JSON.stringify(app) },
      files.map((f) => ({ field: 'documents', name: f.name, type: 'application/pdf', data: f.data })),
    );
    return rt.app.inject({
      method: 'POST',
      url: '/api/registrations',
      headers: { ...body.headers, 'accept-language': locale },
      payload: body.payload,
    });
  }

  const outbox = async (to: string) =>
    (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === to).sort((a, b) => +a.createdAt - +b.createdAt);
  const linkIn = (text: string, path: string) =>
    new RegExp(`http://propass.test${path}\\?token=([\\w-]+)`).exec(text)?.[1];

  async function staff() {
    const c = client(rt.app);
    expect((await c.post('/api/auth/login', ADMIN)).statusCode).toBe(200);
    return c;
  }

  /** The id of an application in the validation queue. */
  async function caseId(validator: Awaited<ReturnType<typeof staff>>, reference: string): Promise<string> {
    return (await validator.get('/api/staff/cases?limit=200'))
      .json()
      .items.find((i: { reference: string }) => i.reference === reference).id;
  }

  /** A registered, approved applicant who has set a password, and the validator who approved it. */
  async function approvedCustomer() {
    const a = application({ locale: 'en' });
    const { reference } = (await register(a)).json();
    const validator = await staff();
    await validator.post(`/api/staff/cases/${await caseId(validator, reference)}/decision`, { type: 'approve' });
    const token = linkIn(
      (await outbox(a.contact.email)).find((m) => m.template === 'account_ready')!.text,
      '/set-password',
    )!;
    const customer = client(rt.app);
    await customer.post('/api/auth/set-password', { token, password: 'Zomer-fiets-2026-lamp' });
    return { validator, customer };
  }

  return {
    get rt() {
      return rt;
    },
    /** The number of the latest application form (names and addresses carry it). */
    get seq() {
      return seq;
    },
    application,
    register,
    outbox,
    linkIn,
    staff,
    caseId,
    approvedCustomer,
  };
}
export type RegistrationKit = ReturnType<typeof registrationKit>;
