import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { count } from 'drizzle-orm';
import { beforeAll, expect } from 'vitest';
import { schema } from '../platform/db/index.js';
import { adminClient, approvedOrganisation, registrationInput } from '../test/fixtures.js';
import { type client, ORIGIN } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';
import { pdf } from './uploads-fixtures.js';

/** The shared set-up of the hostile-upload tests: multipart bodies, and the check that a refusal changed nothing. */

/** One multipart part: a field (no file name) or a file; `disposition` replaces the header when given. */
export type Part = { name: string; filename?: string; type?: string; data: Buffer | string; disposition?: string };

export function body(parts: Part[]) {
  const boundary = `----hostile${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition =
      p.disposition ?? `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n`),
      Buffer.from(p.type ? `Content-Type: ${p.type}\r\n\r\n` : '\r\n'),
      Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A valid PDF with its own bytes (a comment inside it, not after %%EOF). */
export const unique = (tag: string) => pdf('', [Buffer.from(`%${tag}\n`)]);

export const application = (files: number) => registrationInput({ documents: files });

/** Starts a runtime for the file with an admin and a customer (before all its tests), and answers the helpers bound to it. */
export function uploadsTestbed() {
  const ctx = {} as {
    rt: TestRuntime;
    admin: ReturnType<typeof client>;
    customer: Awaited<ReturnType<typeof approvedOrganisation>>;
  };
  beforeAll(async () => {
    ctx.rt = await startTestRuntime();
    ctx.admin = await adminClient(ctx.rt);
    ctx.customer = await approvedOrganisation(ctx.rt);
  });

  async function send(url: string, payload: Buffer | string, contentType: string, cookie?: string) {
    return ctx.rt.app.inject({
      method: 'POST',
      url,
      headers: {
        'content-type': contentType,
        'accept-language': 'en',
        origin: ORIGIN,
        ...(cookie ? { cookie } : {}),
      },
      payload,
    });
  }

  /** Every file under DATA_DIR/files (tmp included) and the row counts of the tables uploads write. */
  async function snapshot() {
    const root = join(ctx.rt.dataDir, 'files');
    const files: string[] = [];
    const walk = (dir: string) => {
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(relative(root, path));
      }
    };
    walk(root);
    const tables = {
      applications: schema.applications,
      applicationDocuments: schema.applicationDocuments,
      applicationEvents: schema.applicationEvents,
      tickets: schema.tickets,
      ticketMessages: schema.ticketMessages,
      ticketAttachments: schema.ticketAttachments,
      bankStatements: schema.bankStatements,
      bankStatementLines: schema.bankStatementLines,
      legacyImports: schema.legacyImports,
      catalogueModels: schema.catalogueModels,
      mailOutbox: schema.mailOutbox,
    };
    const counts: Record<string, number> = {};
    for (const [name, table] of Object.entries(tables)) {
      const [row] = await ctx.rt.database.db.select({ n: count() }).from(table);
      counts[name] = Number(row!.n);
    }
    return { files: files.sort(), counts };
  }

  /** Sends a hostile request and checks the answer is a clear 4xx in the error shape and nothing changed. */
  async function refused(
    send: () => Promise<{ statusCode: number; json(): unknown; body: string }>,
    expected?: { status?: number; code?: string },
  ) {
    const before = await snapshot();
    const res = await send();
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    if (expected?.status) expect(res.statusCode, res.body).toBe(expected.status);
    const error = (res.json() as { error: { code: string; message: string } }).error;
    expect(error.message).toEqual(expect.any(String));
    expect(error.message).not.toMatch(/\{\w+\}/); // every placeholder filled in
    if (expected?.code) expect(error.code, res.body).toBe(expected.code);
    expect(await snapshot()).toEqual(before);
    return error;
  }

  return { ctx, send, snapshot, refused };
}
