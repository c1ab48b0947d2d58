import { beforeAll, expect } from 'vitest';
import { adminClient } from '../../test/fixtures.js';
import { type client, multipart } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

/**
 * The set-up the legacy tests share: a fresh runtime with an admin, the back-office CSV upload
 * (waits for the import job) and old-programme data for one e-mail. Call it at the top of a test
 * file; `kit.rt` and `kit.admin` are ready once the file's `beforeAll` has run.
 */
export function legacyKit() {
  let rt: TestRuntime;
  let admin: ReturnType<typeof client>;
  beforeAll(async () => {
    rt = await startTestRuntime();
    admin = await adminClient(rt);
  });

  /** Uploads a legacy CSV as the admin and waits (up to 20 s) for its import to finish. */
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

  return {
    get rt() {
      return rt;
    },
    get admin() {
      return admin;
    },
    upload,
    seedLegacy,
  };
}
