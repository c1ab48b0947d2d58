import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, registrationInput, submitRegistration } from '../../test/fixtures.js';
import { PDF } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { createDocumentRetention } from './apply-document-retention.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});

const DAY = 86_400_000;

/** A registration with one PDF of its own bytes, decided (approved or rejected) now. */
async function decided(type: 'approve' | 'reject' | null, bytes: Buffer) {
  const { applicationId } = await submitRegistration(rt, registrationInput(), [{ name: 'extract.pdf', data: bytes }]);
  const admin = await adminClient(rt);
  const [row] = await rt.database.db
    .select()
    .from(schema.applications)
    .where(eq(schema.applications.id, applicationId));
  if (type) {
    const decision = await admin.post(`/api/staff/cases/${row!.id}/decision`, {
      type,
      ...(type === 'reject' ? { reason: 'other', message: 'Not a photographer.' } : {}),
    });
    expect(decision.statusCode, decision.body).toBe(200);
  }
  const [doc] = await rt.database.db
    .select()
    .from(schema.applicationDocuments)
    .where(eq(schema.applicationDocuments.applicationId, row!.id));
  return { applicationId: row!.id, doc: doc! };
}

const pdfWith = (marker: string) =>
  Buffer.concat([PDF.subarray(0, PDF.length - 6), Buffer.from(`% ${marker}\n%%EOF\n`)]);

describe('document retention (company documents deleted a set number of days after the decision)', () => {
  it('deletes only what has expired, records it once per application, and does nothing twice', async () => {
    const retention = createDocumentRetention({
      database: rt.database,
      clock: rt.clock,
      storage: rt.storage,
      retentionDays: 90,
    });
    const old = await decided('approve', pdfWith('old-approved'));
    const rejected = await decided('reject', pdfWith('old-rejected'));
    rt.clock.advance(60 * DAY);
    const recent = await decided('approve', pdfWith('recent'));
    const open = await decided(null, pdfWith('open'));
    rt.clock.advance(31 * DAY); // the first two were decided 91 days ago, the third 31 days ago

    const first = await retention();
    expect(first).toEqual({ applications: 2, documents: 2, files: 2 });
    for (const { doc } of [old, rejected]) {
      expect(await rt.storage.exists(doc.storageKey)).toBe(false);
      const [row] = await rt.database.db
        .select()
        .from(schema.applicationDocuments)
        .where(eq(schema.applicationDocuments.id, doc.id));
      expect(row!.deletedAt).toEqual(rt.clock.now());
    }
    for (const { doc } of [recent, open]) expect(await rt.storage.exists(doc.storageKey)).toBe(true);

    expect(await retention()).toEqual({ applications: 0, documents: 0, files: 0 });

    // The case says when and why; the file answers 410 in the error shape, in the staff member's language.
    const admin = await adminClient(rt);
    const detail = (await admin.get(`/api/staff/cases/${old.applicationId}`)).json();
    expect(detail.documents[0].deletedAt).toBe(rt.clock.now().toISOString());
    expect(new Date(detail.documentsDeletedOn).getTime()).toBeLessThanOrEqual(rt.clock.now().getTime());
    const recentDetail = (await admin.get(`/api/staff/cases/${recent.applicationId}`)).json();
    expect(recentDetail.documents[0].deletedAt).toBeNull();
    expect(new Date(recentDetail.documentsDeletedOn).getTime()).toBe(rt.clock.now().getTime() + 59 * DAY);
    expect((await admin.get(`/api/staff/cases/${open.applicationId}`)).json().documentsDeletedOn).toBeNull();
    const gone = await admin.get(`/api/staff/cases/${old.applicationId}/documents/${old.doc.id}`, {
      'accept-language': 'nl',
    });
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error).toMatchObject({
      code: 'document_deleted',
      message: expect.stringContaining('bewaartermijn'),
    });
    const audit = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.action, 'application.documents_deleted'),
          eq(schema.auditLog.entityId, old.applicationId),
        ),
      );
    expect(audit.map((a) => a.detail)).toEqual([{ documents: 1, retentionDays: 90 }]);
  });

  it('keeps the file while another live document holds the same bytes', async () => {
    const retention = createDocumentRetention({
      database: rt.database,
      clock: rt.clock,
      storage: rt.storage,
      retentionDays: 30,
    });
    rt.clock.advance(31 * DAY);
    await retention(); // what the first test left behind has expired under 30 days too
    const bytes = pdfWith('shared');
    const first = await decided('approve', bytes);
    rt.clock.advance(20 * DAY);
    const second = await decided('approve', bytes);
    expect(second.doc.storageKey).toBe(first.doc.storageKey);
    rt.clock.advance(11 * DAY);
    expect(await retention()).toMatchObject({ documents: 1, files: 0 });
    expect(await rt.storage.exists(first.doc.storageKey)).toBe(true);
    rt.clock.advance(20 * DAY);
    expect(await retention()).toMatchObject({ documents: 1, files: 1 });
    expect(await rt.storage.exists(first.doc.storageKey)).toBe(false);
  });
});
