import { eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { expect } from 'vitest';
import type { CaseDetail, DocumentKind } from '../../../contracts/registration.js';
import { schema } from '../../platform/db/index.js';
import { registrationInput } from '../../test/fixtures.js';
import { type client, multipart } from '../../test/http.js';
import type { TestRuntime } from '../../test/runtime.js';

// Shared set-up of the document-evidence tests: real PDFs, applications through the API, and the
// case page once its evidence is read.

/** A real PDF with a text layer (pdfkit), one array of lines per page. */
export function pdf(pages: string[][]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  pages.forEach((lines, i) => {
    if (i > 0) doc.addPage();
    doc.font('Helvetica').fontSize(11);
    for (const line of lines) doc.text(line);
  });
  doc.end();
  return done;
}

export type Upload = { kind: DocumentKind; name: string; type: string; data: Buffer };

/**
 * Helpers over a test file's runtime and admin session; `env` is read on each call, since both
 * start in the file's beforeAll.
 */
export function evidenceHelpers(env: () => { rt: TestRuntime; admin: ReturnType<typeof client> }) {
  const statusTokens = new Map<string, string>();

  /** Submits an application through the API; returns its case id and the time the answer came. */
  async function apply(
    options: { legalName: string; vatNumber?: string; tradeRegisterNumber?: string },
    uploads: Upload[],
  ) {
    const input = registrationInput({ legalName: options.legalName });
    const body = multipart(
      {
        application: JSON.stringify({
          ...input,
          company: {
            vatRegistered: Boolean(options.vatNumber),
            vatNumber: options.vatNumber,
            tradeRegisterNumber: options.tradeRegisterNumber,
            // Neither number: the organisation's Peppol id (a GLN), so its e-invoices have an address.
            electronicAddress: options.vatNumber || options.tradeRegisterNumber ? undefined : '0088:4012345000009',
            legacyEmail: '',
          },
          documents: uploads.map((u) => ({ kind: u.kind })),
        }),
      },
      uploads.map((u) => ({ field: 'documents', name: u.name, type: u.type, data: u.data })),
    );
    const { rt } = env();
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/registrations',
      headers: body.headers,
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await rt.database.db
      .select({ id: schema.applications.id })
      .from(schema.applications)
      .where(eq(schema.applications.reference, res.json().reference));
    statusTokens.set(row!.id, res.json().statusToken);
    return row!.id;
  }

  /** The case page once every document is read and, for a VAT number, VIES has answered. */
  async function evidenceOf(id: string) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const detail = (await env().admin.get(`/api/staff/cases/${id}`)).json() as CaseDetail;
      const ready =
        detail.evidence?.documents.every((d) => d.status !== 'pending') && detail.vatRegistry?.outcome !== 'pending';
      if (ready || Date.now() > deadline) return detail;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const signal = (detail: CaseDetail, code: string) => detail.evidence!.signals.find((s) => s.code === code);
  const evidenceRows = (id: string) =>
    env().rt.database.db.select().from(schema.documentEvidence).where(eq(schema.documentEvidence.applicationId, id));

  return { apply, evidenceOf, signal, evidenceRows, statusTokens };
}
