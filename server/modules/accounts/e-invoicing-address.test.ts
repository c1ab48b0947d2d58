import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/passwords.js';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, CUSTOMER_PASSWORD } from '../../test/fixtures.js';
import { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});

/** An organisation registered with a KvK number, so an address is derived at approval. */
async function withKvk() {
  const org = await approvedOrganisation(rt, { locale: 'nl' });
  await rt.database.db
    .update(schema.organisations)
    .set({ tradeRegisterNumber: '34126549', electronicAddress: '0106:34126549' })
    .where(eq(schema.organisations.id, org.organisationId));
  return org;
}

const stored = async (organisationId: string) =>
  (
    await rt.database.db
      .select({ a: schema.organisations.electronicAddress })
      .from(schema.organisations)
      .where(eq(schema.organisations.id, organisationId))
  )[0]?.a;

describe("the organisation's e-invoicing address (UBL EndpointID)", () => {
  it('shows the derived address, and the Superuser sets a Peppol id typed as people do, once, audited', async () => {
    const org = await withKvk();
    expect((await org.http.get('/api/org/e-invoicing')).json()).toEqual({
      electronicAddress: '0106:34126549',
      derived: '0106:34126549',
      own: false,
    });

    const set = await org.http.put('/api/org/e-invoicing', {
      electronicAddress: ' iso6523-actorid-upis::9944 : nl 0044.95445.b01 ',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ electronicAddress: '9944:NL004495445B01', derived: '0106:34126549', own: true });
    expect(await stored(org.organisationId)).toBe('9944:NL004495445B01');

    // The same value again (a double click) changes nothing and is not audited twice.
    await org.http.put('/api/org/e-invoicing', { electronicAddress: '9944:NL004495445B01' });
    const audited = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.entityId, org.organisationId),
          eq(schema.auditLog.action, 'organisation.e_invoicing_address_changed'),
        ),
      );
    expect(audited).toHaveLength(1);
    expect(audited[0]!.detail).toEqual({ from: '0106:34126549', to: '9944:NL004495445B01' });

    // Empty: back to the derived address.
    expect((await org.http.put('/api/org/e-invoicing', { electronicAddress: '' })).json()).toMatchObject({
      electronicAddress: '0106:34126549',
      own: false,
    });
  });

  it('refuses a scheme outside the Peppol code list or an identifier of the wrong shape, in Dutch, and keeps the address', async () => {
    const org = await withKvk();
    for (const bad of ['EM:info@example.test', '1234:567', '0106:1234', '0208:2411905847', '9944:12345', 'nonsense']) {
      const res = await org.http.put('/api/org/e-invoicing', { electronicAddress: bad });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error, bad).toMatchObject({
        code: 'validation_failed',
        fields: { electronicAddress: expect.stringContaining('Peppol') },
      });
    }
    expect(await stored(org.organisationId)).toBe('0106:34126549');
  });

  it('lets a colleague read it but not change it', async () => {
    const org = await withKvk();
    const email = `member-${randomUUID().slice(0, 8)}@example.test`;
    await rt.database.db.insert(schema.users).values({
      email,
      firstName: 'Mia',
      lastName: 'Member',
      role: 'member',
      locale: 'en',
      organisationId: org.organisationId,
      passwordHash: await hashPassword(CUSTOMER_PASSWORD),
    });
    const member = client(rt.app);
    expect((await member.post('/api/auth/login', { email, password: CUSTOMER_PASSWORD })).statusCode).toBe(200);
    expect((await member.get('/api/org/e-invoicing')).json().electronicAddress).toBe('0106:34126549');
    expect((await member.put('/api/org/e-invoicing', { electronicAddress: '9944:NL004495445B01' })).statusCode).toBe(
      403,
    );
    expect(await stored(org.organisationId)).toBe('0106:34126549');
  });
});
