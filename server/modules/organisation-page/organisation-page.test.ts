import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationProfile, OrganisationSearchResult } from '../../../contracts/organisations.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { schema } from '../../platform/db/index.js';
import { type Actor, customerActor, staffActor } from '../../security/support/actors.js';
import { type OwnedData, ownedData } from '../../security/support/world.js';
import { adminClient, CUSTOMER_PASSWORD, registrationInput, submitRegistration } from '../../test/fixtures.js';
import { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let admin: Awaited<ReturnType<typeof adminClient>>;
let validator: Actor;
/** A customer who registered through the form, was approved, logged in and bought a membership. */
let customer: Actor & { email: string };
let owned: OwnedData;
let applicationId: string;
/** Another organisation: none of its rows may show on the first one's page. */
let other: OwnedData;

const VAT = 'NL859048786B01';

beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
  validator = await staffActor(rt, 'validator');
  const input = registrationInput({ legalName: 'Lichtval Fotografie B.V.' });
  ({ applicationId } = await submitRegistration(rt, input));
  await admin.post(`/api/staff/cases/${applicationId}/claim`);
  expect((await admin.post(`/api/staff/cases/${applicationId}/decision`, { type: 'approve' })).statusCode).toBe(200);
  const [user] = await rt.database.db.select().from(schema.users).where(eq(schema.users.email, input.contact.email));
  await rt.database.db
    .update(schema.users)
    .set({ passwordHash: await hashPassword(CUSTOMER_PASSWORD) })
    .where(eq(schema.users.id, user!.id));
  await rt.database.db
    .update(schema.organisations)
    .set({ vatNumber: VAT })
    .where(eq(schema.organisations.id, user!.organisationId!));
  const http = client(rt.app);
  expect((await http.post('/api/auth/login', { email: user!.email, password: CUSTOMER_PASSWORD })).statusCode).toBe(
    200,
  );
  customer = {
    name: 'customer',
    role: 'superuser',
    userId: user!.id,
    organisationId: user!.organisationId!,
    email: user!.email,
    http,
    relogin: async () => {},
  };
  owned = await ownedData(rt, customer);
  other = await ownedData(rt, await customerActor(rt));
}, 120_000);

const search = async (q: string, as = admin) => {
  const res = await as.get(`/api/staff/organisations?q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as OrganisationSearchResult).items;
};

describe('finding an organisation', () => {
  it('by its VAT number, typed with spaces and dots, in lower case or without the country prefix', async () => {
    for (const q of ['nl 8590.48.786 b01', '859048786B01']) {
      const items = await search(q);
      expect(items.map((i) => i.id)).toEqual([customer.organisationId]);
      expect(items[0]).toMatchObject({
        matchedBy: 'vat_number',
        matchedValue: VAT,
        legalName: 'Lichtval Fotografie B.V.',
      });
    }
  });

  it('by a user’s e-mail address (any case), an invoice number, a membership number or part of its name', async () => {
    const [invoice] = await rt.database.db
      .select()
      .from(schema.invoices)
      .where(eq(schema.invoices.id, owned.invoiceId));
    const [membership] = await rt.database.db
      .select()
      .from(schema.memberships)
      .where(eq(schema.memberships.organisationId, customer.organisationId!));
    expect((await search(customer.email.toUpperCase()))[0]).toMatchObject({
      id: customer.organisationId,
      matchedBy: 'email',
    });
    expect((await search(invoice!.number!))[0]).toMatchObject({
      id: customer.organisationId,
      matchedBy: 'invoice_number',
    });
    if (membership?.membershipNumber)
      expect((await search(membership.membershipNumber))[0]).toMatchObject({
        id: customer.organisationId,
        matchedBy: 'membership_number',
      });
    expect((await search('lichtval')).map((i) => i.id)).toContain(customer.organisationId);
    // Wildcards are taken literally: "%" finds no name with a percent sign in it.
    expect(await search('%%')).toEqual([]);
  });

  it('is for staff only; a query of one character is refused in the one error shape', async () => {
    expect((await customer.http.get('/api/staff/organisations?q=lichtval')).statusCode).toBe(403);
    expect((await client(rt.app).get('/api/staff/organisations?q=lichtval')).statusCode).toBe(401);
    const short = await admin.get('/api/staff/organisations?q=a');
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await search('lichtval', validator.http)).map((i) => i.id)).toContain(customer.organisationId);
  });
});

describe('the organisation page', () => {
  it('shows the organisation, its application with the document and the decision, its points and counts', async () => {
    const res = await admin.get(`/api/staff/organisations/${customer.organisationId}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as OrganisationProfile;
    expect(page).toMatchObject({ legalName: 'Lichtval Fotografie B.V.', vatNumber: VAT, auditVisible: true });
    expect(page.application).toMatchObject({ id: applicationId, status: 'approved' });
    expect(page.application!.decidedAt).not.toBeNull();
    expect(page.application!.documents).toHaveLength(1);
    expect(page.pointsBalance).toBeGreaterThanOrEqual(600);
    expect(page.counts).toMatchObject({ users: 2, products: 1, memberships: 1, invoices: 1, tickets: 1 });
    expect(page.counts.audit).toBeGreaterThan(0);
  });

  it('pages each section with only the organisation’s own rows; users show their last log-in', async () => {
    const users = (await admin.get(`/api/staff/organisations/${customer.organisationId}/users`)).json();
    expect(users.total).toBe(2);
    const me = users.rows.find((r: { email: string }) => r.email === customer.email);
    expect(me.lastLoginAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const [otherProduct] = await rt.database.db
      .select()
      .from(schema.products)
      .where(eq(schema.products.id, other.productId));
    for (const section of ['products', 'ledger', 'invoices', 'tickets', 'memberships', 'payments', 'audit']) {
      const res = await admin.get(`/api/staff/organisations/${customer.organisationId}/${section}?size=50`);
      expect(res.statusCode, `${section}: ${res.body}`).toBe(200);
      expect(res.body).not.toContain(otherProduct!.serialNumber);
      expect(res.body).not.toContain(other.invoiceId);
    }
    const audit = await admin.get(`/api/staff/organisations/${customer.organisationId}/audit?size=1&page=2`);
    expect(audit.json()).toMatchObject({ page: 2, size: 1 });
    expect(audit.json().rows).toHaveLength(1);
    expect(audit.json().total).toBeGreaterThanOrEqual(2);
  });

  it('keeps the audit section for admins; other staff see the rest', async () => {
    const profile = (await validator.http.get(`/api/staff/organisations/${customer.organisationId}`)).json();
    expect(profile.auditVisible).toBe(false);
    expect(profile.counts.audit).toBeUndefined();
    expect((await validator.http.get(`/api/staff/organisations/${customer.organisationId}/audit`)).statusCode).toBe(
      403,
    );
    expect((await validator.http.get(`/api/staff/organisations/${customer.organisationId}/invoices`)).statusCode).toBe(
      200,
    );
  });

  it('answers 404 for an unknown organisation and 400 for an unknown section or page size', async () => {
    expect((await admin.get('/api/staff/organisations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await admin.get(`/api/staff/organisations/${customer.organisationId}/secrets`)).statusCode).toBe(404);
    expect((await admin.get(`/api/staff/organisations/${customer.organisationId}/users?size=1000`)).statusCode).toBe(
      400,
    );
  });
});
