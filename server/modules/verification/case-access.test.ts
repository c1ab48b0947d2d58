import { beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../test/http.js';
import type { TestRuntime } from '../../test/runtime.js';
import { registrationKit } from './registration.fixtures.js';

const kit = registrationKit();
const { application, register, outbox, linkIn, staff, caseId, approvedCustomer } = kit;
let rt: TestRuntime;
beforeAll(() => {
  rt = kit.rt;
});

describe('who sees and works a case', () => {
  it('never shows an application or its documents to a customer', async () => {
    const { validator, customer } = await approvedCustomer();
    // Another organisation's application, still open in the queue.
    expect((await register(application())).statusCode).toBe(201);

    const other = (await validator.get('/api/staff/cases?limit=200')).json().items[0];
    const detail = (await validator.get(`/api/staff/cases/${other.id}`)).json();
    for (const url of [
      '/api/staff/cases',
      `/api/staff/cases/${other.id}`,
      `/api/staff/cases/${other.id}/documents/${detail.documents[0].id}`,
    ]) {
      expect((await customer.get(url)).statusCode, url).toBe(403);
      expect((await client(rt.app).get(url)).statusCode, url).toBe(401);
    }
  });

  it('lets a Superuser invite and remove colleagues, and not another organisation’s users', async () => {
    const { customer: superuser } = await approvedCustomer();

    const invite = { email: `colleague${kit.seq}@example.test`, firstName: 'Bram', lastName: 'Bakker', locale: 'nl' };
    const [i1, i2] = [
      await superuser.post('/api/org/colleagues', invite),
      await superuser.post('/api/org/colleagues', invite),
    ];
    expect(i1.statusCode).toBe(201);
    expect(i2.json().id).toBe(i1.json().id);
    expect((await outbox(invite.email)).map((m) => m.template)).toEqual(['invitation']);
    const list = (await superuser.get('/api/org/colleagues')).json().items;
    expect(list.map((c: { status: string }) => c.status).sort()).toEqual(['active', 'invited']);

    const colleagueToken = linkIn((await outbox(invite.email))[0]!.text, '/set-password')!;
    const colleague = client(rt.app);
    expect(
      (
        await colleague.post('/api/auth/set-password', { token: colleagueToken, password: 'Herfst-bladeren-2026' })
      ).json().user.role,
    ).toBe('member');
    expect((await colleague.post('/api/org/colleagues', { ...invite, email: 'x@example.test' })).statusCode).toBe(403);

    const adminId = (await (await staff()).get('/api/auth/me')).json().user.id;
    expect((await superuser.delete(`/api/org/colleagues/${adminId}`)).statusCode).toBe(404);
    expect((await superuser.delete(`/api/org/colleagues/${i1.json().id}`)).statusCode).toBe(200);
    expect((await colleague.get('/api/auth/me')).json().user).toBeNull();
  });
});

describe('staff', () => {
  it('an admin invites a validator, who sets a password and works the queue but cannot manage staff', async () => {
    const admin = await staff();
    const invite = {
      email: 'val@example.test',
      firstName: 'Vera',
      lastName: 'Validator',
      locale: 'en',
      role: 'validator',
    };
    const res = await admin.post('/api/admin/staff', invite);
    expect(res.statusCode).toBe(201);
    expect((await admin.post('/api/admin/staff', invite)).json().id).toBe(res.json().id);
    const token = linkIn((await outbox(invite.email))[0]!.text, '/set-password')!;
    const validator = client(rt.app);
    expect(
      (await validator.post('/api/auth/set-password', { token, password: 'Herfst-bladeren-2026' })).json().user.role,
    ).toBe('validator');
    expect((await validator.get('/api/staff/cases')).statusCode).toBe(200);
    expect((await validator.get('/api/admin/staff')).statusCode).toBe(403);
    expect((await admin.get('/api/admin/staff')).json().items.map((s: { email: string }) => s.email)).toContain(
      invite.email,
    );
  });

  it('resends the set-password e-mail for an approved application', async () => {
    const a = application({ locale: 'en' });
    const { reference } = (await register(a)).json();
    const validator = await staff();
    const id = await caseId(validator, reference);
    expect((await validator.post(`/api/staff/cases/${id}/resend-set-password`)).statusCode).toBe(409);
    await validator.post(`/api/staff/cases/${id}/decision`, { type: 'approve' });
    const first = linkIn(
      (await outbox(a.contact.email)).find((m) => m.template === 'account_ready')!.text,
      '/set-password',
    )!;
    expect((await validator.post(`/api/staff/cases/${id}/resend-set-password`)).statusCode).toBe(200);
    const ready = (await outbox(a.contact.email)).filter((m) => m.template === 'account_ready');
    expect(ready).toHaveLength(2);
    // The newest link works; the earlier one has been ended.
    expect((await client(rt.app).get(`/api/auth/token?token=${first}`)).json().valid).toBe(false);
    const second = linkIn(ready[1]!.text, '/set-password')!;
    expect((await client(rt.app).get(`/api/auth/token?token=${second}`)).json().valid).toBe(true);
  });
});
