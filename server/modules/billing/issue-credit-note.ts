import type { SessionUser } from '../../../contracts/auth.js';
import { recordAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { billingRepository as repo } from './billing.repository.js';
import type { DocumentPublisher } from './publish-documents.js';
import { formatDocumentNumber } from './rules.js';

export function createCreditNotes(deps: {
  db: Db;
  clock: Clock;
  today: () => string;
  publish: DocumentPublisher['publish'];
}) {
  const { db, clock, today, publish } = deps;

  return {
    /** A credit note in its own series voids an invoice; nothing is deleted or renumbered. */
    async creditNote(actor: SessionUser, invoiceId: string) {
      const result = await withTransaction(db, async (tx) => {
        const inv = await repo.invoice(tx, invoiceId, true);
        if (inv?.kind !== 'invoice') throw new AppError('not_found');
        const existing = await repo.creditFor(tx, invoiceId);
        if (existing) return existing;
        if (inv.documentStatus !== 'finalised') throw new AppError('invalid_state');
        const issueDate = today();
        const year = Number(issueDate.slice(0, 4));
        const number = formatDocumentNumber('credit_note', year, await repo.nextNumber(tx, 'credit_note', year));
        const credit = await repo.insertInvoice(tx, {
          ...inv,
          id: undefined,
          kind: 'credit_note',
          number,
          orderId: null,
          creditsInvoiceId: inv.id,
          documentStatus: 'finalised',
          paymentStatus: 'not_applicable',
          issueDate,
          dueDate: null,
          paymentReference: null,
          paidMinor: 0,
          pdfKey: null,
          ublKey: null,
          createdAt: clock.now(),
          finalisedAt: clock.now(),
        });
        await repo.updateInvoice(tx, inv.id, { documentStatus: 'void' });
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'invoice.credited',
          entityType: 'invoice',
          entityId: inv.id,
          detail: { creditNote: number },
        });
        return credit;
      });
      const credited = result.creditsInvoiceId ? await repo.invoice(db, result.creditsInvoiceId) : undefined;
      return publish(result, credited?.number ?? null);
    },
  };
}
