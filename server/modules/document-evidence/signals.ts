import type {
  DocumentFindings,
  DocumentKind,
  EvidenceSignal,
  VatRegistryEvidence,
} from '../../../contracts/registration.js';
import type { EvidenceSubject } from './findings.js';

export type ReadDocument = {
  kind: DocumentKind;
  status: 'pending' | 'read' | 'not_read';
  findings: DocumentFindings | null;
};

/** An invoice counts as recent up to this many months old. */
export const INVOICE_MAX_MONTHS = 3;

type Signal = EvidenceSignal;
const signal = (
  code: Signal['code'],
  colour: Signal['colour'],
  reason: string,
  params: Signal['params'] = {},
): Signal => ({ code, colour, reason, params });

/** Whole months from `from` to `to` (YYYY-MM-DD): 2026-08-03 → 2026-12-03 is 4. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * "Found in one of these documents": green with where, amber when they were read and it is not in
 * them, gray when none of them could be read (yet).
 */
function foundIn(
  code: Signal['code'],
  docs: ReadDocument[],
  pick: (f: DocumentFindings) => DocumentFindings[keyof DocumentFindings],
  reasons: { found: string; missing: string },
): Signal {
  const read = docs.filter((d) => d.status === 'read' && d.findings);
  for (const d of read) {
    const hit = pick(d.findings!);
    if (hit.found) return signal(code, 'green', reasons.found, { kind: d.kind, page: hit.page ?? 1 });
  }
  if (read.length) return signal(code, 'amber', reasons.missing);
  return signal(code, 'gray', 'nothing_read');
}

/**
 * The rules as signals beside the case — green (the documents and registry confirm the form), amber
 * (look closer), red (against the form), gray (not read or no answer yet) — never a decision.
 */
export function computeSignals(input: {
  subject: EvidenceSubject;
  vatRegistry: VatRegistryEvidence | null;
  documents: ReadDocument[];
  today: string;
}): { signals: Signal[]; clean: boolean } {
  const { subject, vatRegistry, documents, today } = input;
  const signals: Signal[] = [];
  const pending = documents.filter((d) => d.status === 'pending').length;
  const notRead = documents.filter((d) => d.status === 'not_read').length;
  if (!documents.length) signals.push(signal('documents_read', 'gray', 'no_documents'));
  else if (pending) signals.push(signal('documents_read', 'gray', 'documents_pending', { count: pending }));
  else if (notRead) signals.push(signal('documents_read', 'gray', 'documents_not_read', { count: notRead }));
  else signals.push(signal('documents_read', 'green', 'documents_read', { count: documents.length }));

  if (subject.vatRegistered) {
    const outcome = vatRegistry?.outcome ?? 'off';
    const colour = ({ valid: 'green', invalid: 'red', no_registry: 'amber' } as const)[outcome as string] ?? 'gray';
    signals.push(signal('vies_valid', colour, `vies_${outcome}`));
    if (vatRegistry?.outcome === 'valid') {
      const name = vatRegistry.name ?? '';
      signals.push(
        vatRegistry.nameMatch === 'match'
          ? signal('vies_name', 'green', 'vies_name_match', { name })
          : signal('vies_name', 'amber', `vies_name_${vatRegistry.nameMatch ?? 'not_shared'}`, { name }),
      );
    } else signals.push(signal('vies_name', 'gray', 'vies_name_unknown'));
    const proof = documents.filter((d) => d.kind === 'vat_certificate' || d.kind === 'company_invoice');
    signals.push(foundIn('document_vat', proof, (f) => f.vatNumber, { found: 'vat_found', missing: 'vat_not_found' }));
    signals.push(foundIn('document_name', proof, (f) => f.name, { found: 'name_found', missing: 'name_not_found' }));
  } else {
    signals.push(
      foundIn('document_name', documents, (f) => f.name, { found: 'name_found', missing: 'name_not_found' }),
    );
    signals.push(
      foundIn('document_address', documents, (f) => f.address, {
        found: 'address_found',
        missing: 'address_not_found',
      }),
    );
    const invoices = documents.filter((d) => d.kind === 'company_invoice');
    if (invoices.length) signals.push(invoiceSignal(invoices, today));
    const extracts = documents.filter((d) => d.kind === 'chamber_extract');
    if (extracts.length) {
      signals.push(
        subject.tradeRegisterNumber
          ? foundIn('register_number', extracts, (f) => f.registerNumber, {
              found: 'register_number_found',
              missing: 'register_number_not_found',
            })
          : signal('register_number', 'amber', 'register_number_missing'),
      );
    }
  }

  const read = documents.filter((d) => d.status === 'read' && d.findings);
  const other = read.find((d) => d.findings!.otherCompany.found);
  if (other) {
    const hit = other.findings!.otherCompany;
    signals.push(signal('other_company', 'red', 'other_company', { kind: other.kind, other: hit.value ?? '' }));
  } else if (read.length) signals.push(signal('other_company', 'green', 'no_other_company'));
  else signals.push(signal('other_company', 'gray', 'nothing_read'));

  return { signals, clean: signals.every((s) => s.colour === 'green') };
}

/** The newest date found in the invoices: green up to three months old, amber older (with its age). */
function invoiceSignal(invoices: ReadDocument[], today: string): Signal {
  const read = invoices.filter((d) => d.status === 'read' && d.findings);
  if (!read.length) return signal('invoice_recent', 'gray', 'nothing_read');
  const dates = read.map((d) => d.findings!.date.value).filter((v): v is string => Boolean(v));
  if (!dates.length) return signal('invoice_recent', 'amber', 'invoice_no_date');
  const date = dates.sort().at(-1)!;
  if (!olderThan(date, today, INVOICE_MAX_MONTHS)) return signal('invoice_recent', 'green', 'invoice_recent', { date });
  return signal('invoice_recent', 'amber', 'invoice_old', { date, months: monthsBetween(date, today) });
}

/** Whether `date` lies more than `months` calendar months before `today`. */
function olderThan(date: string, today: string, months: number): boolean {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
  return date < limit;
}
