import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { SessionUser } from '../../../contracts/auth.js';
import { recordAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { Storage } from '../../platform/storage.js';
import { exportRepository as repo } from './export.repository.js';

export type ExportDeps = { db: Db; storage: Storage; clock: Clock };

type ExportFile = { path: string; key: string; compress: boolean };

/** A name safe inside a zip: no folders, no `..`, no control characters, not too long. */
export function safeName(name: string) {
  const cleaned = name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^\.+/, '_');
  return cleaned.slice(-100) || 'file';
}

export function createExportService(deps: ExportDeps) {
  const { db, storage, clock } = deps;

  /** The organisation's data as one JSON document, and the stored files that go beside it. */
  async function collect(organisationId: string) {
    const organisation = await repo.organisation(db, organisationId);
    if (!organisation) throw new AppError('not_found');
    const users = await repo.users(db, organisationId);
    const application = await repo.application(db, organisation.applicationId);
    const products = await repo.products(db, organisationId);
    const pointsLedger = await repo.pointsLedger(db, organisationId);
    const memberships = await repo.memberships(db, organisationId);
    const orders = await repo.orders(db, organisationId);
    const invoices = await repo.invoices(db, organisationId);
    const tickets = await repo.tickets(db, organisationId);
    const userIds = users.map((u) => u.id);
    const orgUsers = new Set(userIds);
    const entityIds = [
      ...(application ? [application.id] : []),
      ...products.map((p) => p.id),
      ...memberships.map((m) => m.id),
      ...orders.map((o) => o.id),
      ...invoices.map((i) => i.id),
      ...tickets.map((t) => t.id),
    ];
    const audit = (await repo.auditEntries(db, organisationId, userIds, entityIds)).map((entry) => {
      // Staff and the system appear as such: a staff member's id and address are not the organisation's data.
      const own = entry.actorUserId !== null && orgUsers.has(entry.actorUserId);
      return {
        ...entry,
        actorUserId: own ? entry.actorUserId : null,
        actorIp: own ? entry.actorIp : null,
        actor: own ? 'organisation' : entry.actorUserId ? 'staff' : 'system',
      };
    });

    const files: ExportFile[] = [];
    for (const doc of application?.documents ?? []) {
      if (doc.deletedAt) continue;
      files.push({
        path: `application/${doc.id}-${safeName(doc.originalName)}`,
        key: doc.storageKey,
        compress: false,
      });
    }
    for (const ticket of tickets)
      for (const message of ticket.messages)
        for (const a of message.attachments)
          files.push({
            path: `tickets/${safeName(ticket.reference)}/${a.id}-${safeName(a.originalName)}`,
            key: a.storageKey,
            compress: false,
          });
    for (const invoice of invoices) {
      const base = safeName(invoice.number ?? invoice.id);
      const folder = invoice.kind === 'credit_note' ? 'credit-notes' : 'invoices';
      if (invoice.keys.pdfKey) files.push({ path: `${folder}/${base}.pdf`, key: invoice.keys.pdfKey, compress: false });
      if (invoice.keys.ublKey) files.push({ path: `${folder}/${base}.xml`, key: invoice.keys.ublKey, compress: true });
    }
    // A file the clean-up or retention already removed is listed as missing rather than failing the export.
    const present: ExportFile[] = [];
    const missing: string[] = [];
    for (const file of files) {
      if (await storage.exists(file.key)) present.push(file);
      else missing.push(file.path);
    }
    const json = {
      exportedAt: clock.now().toISOString(),
      organisation,
      users,
      application,
      products,
      pointsLedger,
      memberships,
      orders,
      invoices: invoices.map(({ keys: _keys, ...invoice }) => invoice),
      tickets,
      audit,
      files: { included: present.map((f) => f.path), missing },
    };
    return { organisation, json, files: present };
  }

  /** Writes the zip to `out` one file at a time, waiting whenever the reader is behind. */
  async function writeZip(out: PassThrough, json: unknown, files: ExportFile[]) {
    const zip = new Zip((error, chunk, final) => {
      if (error) return out.destroy(error);
      out.write(chunk);
      if (final) out.end();
    });
    const drained = async () => {
      if (out.writableNeedDrain) await once(out, 'drain');
    };
    const manifest = new ZipDeflate('organisation.json', { level: 6 });
    zip.add(manifest);
    manifest.push(strToU8(JSON.stringify(json, null, 2)), true);
    await drained();
    for (const file of files) {
      if (out.destroyed) return;
      const entry = file.compress ? new ZipDeflate(file.path, { level: 6 }) : new ZipPassThrough(file.path);
      zip.add(entry);
      for await (const chunk of storage.read(file.key) as AsyncIterable<Buffer>) {
        entry.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        await drained();
        if (out.destroyed) return;
      }
      entry.push(new Uint8Array(0), true);
      await drained();
    }
    zip.end();
  }

  return {
    /**
     * The organisation's data export for its Superuser: a zip streamed as it is made (never whole in
     * memory) with `organisation.json` and the organisation's stored files. Audited when it starts.
     */
    async exportOrganisation(
      actor: SessionUser,
      meta: { ip: string },
    ): Promise<{ filename: string; stream: Readable }> {
      if (actor.role !== 'superuser' || !actor.organisationId) throw new AppError('forbidden');
      const { json, files } = await collect(actor.organisationId);
      await recordAudit(db, {
        actorUserId: actor.id,
        actorIp: meta.ip,
        action: 'organisation.exported',
        entityType: 'organisation',
        entityId: actor.organisationId,
        detail: { files: files.length },
      });
      const out = new PassThrough({ highWaterMark: 256 * 1024 });
      writeZip(out, json, files).catch((error) => out.destroy(error));
      const date = clock.now().toISOString().slice(0, 10);
      return { filename: `propass-export-${date}.zip`, stream: out };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
