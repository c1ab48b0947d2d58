import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditList } from '../../../contracts/audit.js';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, TEST_ADMIN } from '../../test/fixtures.js';
import type { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  rt = await startTestRuntime({ limits: { password: { max: 1000, timeWindow: 60_000 } } });
  admin = await adminClient(rt);
});

const trail = async (query: string) => {
  const res = await admin.get(`/api/admin/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AuditList;
};

describe('the audit trail for admins', () => {
  it('shows who did what, newest first, filtered by action, by who and by entity', async () => {
    const email = `vera-${randomUUID().slice(0, 6)}@example.test`;
    const invited = await admin.post('/api/admin/staff', {
      email,
      firstName: 'Vera',
      lastName: 'Validator',
      locale: 'nl',
      role: 'validator',
    });
    expect(invited.statusCode).toBe(201);
    const memberId = (invited.json() as { id: string }).id;

    const byAction = await trail('action=staff.invited');
    const entry = byAction.items.find((i) => i.entityId === memberId);
    expect(entry).toMatchObject({
      action: 'staff.invited',
      entityType: 'user',
      detail: { role: 'validator', email },
      actor: { email: TEST_ADMIN.email, role: 'admin' },
    });
    expect(byAction.items.every((i) => i.action === 'staff.invited')).toBe(true);
    expect(byAction.actions).toEqual(expect.arrayContaining(['auth.login', 'staff.invited']));
    expect([...byAction.actions].sort()).toEqual(byAction.actions);

    const byWho = await trail(`actor=${encodeURIComponent(TEST_ADMIN.email.slice(0, 6).toUpperCase())}`);
    expect(byWho.items.length).toBeGreaterThan(0);
    expect(byWho.items.every((i) => i.actor?.email === TEST_ADMIN.email)).toBe(true);
    const times = byWho.items.map((i) => i.at);
    expect([...times].sort().reverse()).toEqual(times);

    const byEntity = await trail(`entityId=${memberId}`);
    expect(byEntity.items.map((i) => i.action)).toEqual(['staff.invited']);
    expect((await trail('actor=nobody-by-this-name')).items).toEqual([]);
  });

  it('pages through a long trail, each entry once', async () => {
    const entityId = randomUUID();
    const base = Date.parse('2026-03-01T10:00:00Z');
    await rt.database.db.insert(schema.auditLog).values(
      Array.from({ length: 120 }, (_, i) => ({
        at: new Date(base + i * 60_000),
        action: 'catalogue.points_changed',
        entityType: 'catalogue_model',
        entityId,
        detail: { n: i },
      })),
    );
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: AuditList = await trail(`entityId=${entityId}&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.detail.n as number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => 119 - i));
  });

  it('filters whole days in the programme time zone', async () => {
    const entityId = randomUUID();
    // 23:30 UTC on 1 April is 2 April in Amsterdam (summer time, UTC+2).
    await rt.database.db.insert(schema.auditLog).values([
      { at: new Date('2026-04-01T21:00:00Z'), action: 'tier.saved', entityType: 'tier', entityId, detail: { d: 1 } },
      { at: new Date('2026-04-01T23:30:00Z'), action: 'tier.saved', entityType: 'tier', entityId, detail: { d: 2 } },
      { at: new Date('2026-04-02T21:59:00Z'), action: 'tier.saved', entityType: 'tier', entityId, detail: { d: 2 } },
      { at: new Date('2026-04-02T22:00:00Z'), action: 'tier.saved', entityType: 'tier', entityId, detail: { d: 3 } },
    ]);
    const day = await trail(`entityId=${entityId}&from=2026-04-02&to=2026-04-02`);
    expect(day.items.map((i) => i.detail.d)).toEqual([2, 2]);
    const from = await trail(`entityId=${entityId}&from=2026-04-02`);
    expect(from.items).toHaveLength(3);
  });

  it('is for admins only, and refuses bad filters with a translated message', async () => {
    const { http } = await approvedOrganisation(rt, { locale: 'nl' });
    expect((await http.get('/api/admin/audit')).statusCode).toBe(403);
    const bad = await admin.get('/api/admin/audit?from=gisteren');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.from).toBeTruthy();
  });
});
