/** Pure billing rules: document numbers, ISO 11649 creditor references, payment state. */

export const formatDocumentNumber = (series: 'invoice' | 'credit_note', year: number, n: number) =>
  `${series === 'credit_note' ? 'CN-' : ''}${year}-${String(n).padStart(6, '0')}`;

/** Letters count as 10..35, as in IBAN and ISO 11649 check digits. */
function mod97(text: string): number {
  let remainder = 0;
  for (const ch of text) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

/** ISO 11649 structured creditor reference: RF + 2 check digits + the reference (alphanumeric, ≤ 21). */
export function creditorReference(reference: string): string {
  const body = reference.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!body || body.length > 21) throw new Error('creditor reference body must be 1–21 alphanumerics');
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, '0')}${body}`;
}

export function isValidCreditorReference(value: string): boolean {
  const v = value.toUpperCase().replace(/\s+/g, '');
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(v)) return false;
  return mod97(`${v.slice(4)}${v.slice(0, 4)}`) === 1;
}

export type PaymentState = 'pending' | 'partially_paid' | 'paid' | 'overdue';
export function paymentState(
  totalMinor: number,
  paidMinor: number,
  dueDate: string | null,
  today: string,
): PaymentState {
  if (paidMinor >= totalMinor) return 'paid';
  if (dueDate && today > dueDate) return 'overdue';
  return paidMinor > 0 ? 'partially_paid' : 'pending';
}
