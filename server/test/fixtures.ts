import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../platform/auth/passwords.js';
import { schema } from '../platform/db/index.js';
import { client, multipart, PDF } from './http.js';
import type { TestRuntime } from './runtime.js';

export const CUSTOMER_PASSWORD = 'Zomer-fiets-2026-lamp';
export const TEST_ADMIN = { email: 'admin@example.test', password: 'Admin-password-123!' };

/** The first admin (created when there is none) logged in through the API; call again for a fresh session. */
export async function adminClient(rt: TestRuntime) {
  await rt.services.accounts.ensureFirstAdmin(TEST_ADMIN);
  const admin = client(rt.app);
  await admin.post('/api/auth/login', TEST_ADMIN);
  return admin;
}
let n = 0;

/** An approved organisation with a Superuser who has a password, logged in through the API. */
export async function approvedOrganisation(
  rt: TestRuntime,
  options: { locale?: 'nl' | 'en'; legacyEmail?: string } = {},
) {
  n++;
  const email = `owner${n}-${randomUUID().slice(0, 8)}@example.test`;
  const { organisationId, userId } = await rt.database.db.transaction((tx) =>
    rt.services.accounts.createOrganisationWithSuperuser(
      tx,
      {
        legalName: `Fotostudio ${n} B.V.`,
        tradingName: null,
        country: 'NL',
        street: 'Damrak',
        houseNumber: String(n),
        postcode: '1012LG',
        city: 'Amsterdam',
        phone: '+31201234567',
        vatNumber: null,
        tradeRegisterNumber: null,
        legacyEmail: options.legacyEmail ?? null,
        applicationId: randomUUID(),
      },
      { email, firstName: 'Sam', lastName: `Owner ${n}`, locale: options.locale ?? 'en' },
    ),
  );
  await rt.database.db
    .update(schema.users)
    .set({ passwordHash: await hashPassword(CUSTOMER_PASSWORD) })
    .where(eq(schema.users.id, userId));
  const http = client(rt.app, options.locale ?? 'en');
  const login = await http.post('/api/auth/login', { email, password: CUSTOMER_PASSWORD });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  return { organisationId, userId, email, http };
}

export async function modelByCode(rt: TestRuntime, code: string) {
  const [model] = await rt.database.db
    .select()
    .from(schema.catalogueModels)
    .where(eq(schema.catalogueModels.modelCode, code));
  if (!model) throw new Error(`no model ${code}`);
  return model;
}

/** Gives an organisation points through a correction entry in the ledger. */
export async function givePoints(rt: TestRuntime, organisationId: string, points: number) {
  await rt.database.db.transaction((tx) =>
    rt.services.points.recordMany(tx, () => {}, [
      {
        organisationId,
        delta: points,
        reason: 'correction',
        idempotencyKey: `test:${randomUUID()}`,
        actorUserId: null,
      },
    ]),
  );
}

/** An approved organisation in another country, optionally VAT-registered. */
export async function organisationIn(
  rt: TestRuntime,
  country: string,
  vatNumber: string | null,
  options: { previousMembershipNumber?: string } = {},
) {
  const org = await approvedOrganisation(rt);
  await rt.database.db
    .update(schema.organisations)
    .set({ country, vatNumber, previousMembershipNumber: options.previousMembershipNumber ?? null })
    .where(eq(schema.organisations.id, org.organisationId));
  return org;
}

/**
 * The mails to an address once at least `count` have arrived: some are written by a job after the
 * request answered (forgot-password), so they show a moment later.
 */
export async function waitForMails(rt: TestRuntime, to: string, count = 1) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mails = (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === to);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The JSON part of a registration (`POST /api/registrations`): a not VAT-registered Dutch
 * organisation with one Chamber of Commerce extract, a fresh idempotency key and e-mail address.
 */
export function registrationInput(
  options: { legalName?: string; email?: string; locale?: 'nl' | 'en'; lastName?: string; documents?: number } = {},
) {
  n++;
  const legalName = options.legalName ?? `Studio ${n} B.V.`;
  return {
    idempotencyKey: randomUUID(),
    source: 'itcg',
    organisation: {
      legalName,
      tradingName: legalName.replace(/ B\.V\.$/, ''),
      country: 'NL',
      street: 'Keizersgracht',
      houseNumber: '1',
      postcode: '1015 CJ',
      city: 'Amsterdam',
      phone: '+31 20 123 4567',
    },
    company: { vatRegistered: false, tradeRegisterNumber: '34126549', legacyEmail: '' },
    contact: {
      firstName: 'Anna',
      lastName: options.lastName ?? `de Vries ${n}`,
      email: options.email ?? `applicant-${randomUUID()}@example.test`,
      locale: options.locale ?? 'en',
    },
    documents: Array.from({ length: options.documents ?? 1 }, () => ({ kind: 'chamber_extract' as const })),
    declaration: true,
  };
}

/**
 * Submits a registration through the API (`POST /api/registrations`, multipart) with its files
 * (one small PDF by default); fails the test unless it is accepted. Returns the application's id.
 */
export async function submitRegistration(
  rt: TestRuntime,
  input: { idempotencyKey: string; [field: string]: unknown },
  files: { name: string; type?: string; data: Buffer }[] = [{ name: 'extract.pdf', data: PDF }],
): Promise<{ applicationId: string; reference: string }> {
  const body = multipart(
    { application: JSON.stringify(input) },
    files.map((f) => ({ field: 'documents', name: f.name, type: f.type ?? 'application/pdf', data: f.data })),
  );
  const res = await rt.app.inject({
    method: 'POST',
    url: '/api/registrations',
    headers: body.headers,
    payload: body.payload,
  });
  if (res.statusCode !== 201) throw new Error(`registration refused: ${res.statusCode} ${res.body}`);
  const [row] = await rt.database.db
    .select({ id: schema.applications.id, reference: schema.applications.reference })
    .from(schema.applications)
    .where(eq(schema.applications.idempotencyKey, input.idempotencyKey));
  return { applicationId: row!.id, reference: row!.reference };
}
