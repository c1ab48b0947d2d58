import type { Party } from '../../platform/db/schema/billing.js';
import { type XmlElement, xmlDocument } from '../../platform/xml.js';

export type Collection = {
  endToEndId: string;
  amountMinor: number;
  mandateReference: string;
  mandateSignedOn: string;
  sequenceType: 'FRST' | 'RCUR';
  debtorName: string;
  debtorIban: string;
  remittance: string;
};

/** The SEPA character set (Latin letters, digits, a few marks); never empty, which the schema forbids. */
const sepaText = (v: string, max: number) =>
  v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max) || 'NOTPROVIDED';
const amount = (minor: number) => (minor / 100).toFixed(2);

/**
 * A pain.008.001.02 customer direct debit initiation (SEPA Core): one payment information block
 * per sequence type (FRST for a mandate's first collection, RCUR after), all on one date.
 */
export function pain008(options: {
  messageId: string;
  createdAt: string;
  collectionDate: string;
  creditor: Party & { iban: string; bic: string; creditorId: string };
  collections: Collection[];
}): string {
  const { creditor } = options;
  const groups = (['FRST', 'RCUR'] as const)
    .map((seq) => ({ seq, items: options.collections.filter((c) => c.sequenceType === seq) }))
    .filter((g) => g.items.length > 0);
  const total = options.collections.reduce((s, c) => s + c.amountMinor, 0);
  const block = (g: { seq: 'FRST' | 'RCUR'; items: Collection[] }, i: number): XmlElement => ({
    PmtInfId: `${options.messageId}-${i + 1}`,
    PmtMtd: 'DD',
    NbOfTxs: g.items.length,
    CtrlSum: amount(g.items.reduce((s, c) => s + c.amountMinor, 0)),
    PmtTpInf: { SvcLvl: { Cd: 'SEPA' }, LclInstrm: { Cd: 'CORE' }, SeqTp: g.seq },
    ReqdColltnDt: options.collectionDate,
    Cdtr: { Nm: sepaText(creditor.name, 70) },
    CdtrAcct: { Id: { IBAN: creditor.iban.replace(/\s+/g, '') } },
    CdtrAgt: { FinInstnId: { BIC: creditor.bic } },
    ChrgBr: 'SLEV',
    CdtrSchmeId: { Id: { PrvtId: { Othr: { Id: creditor.creditorId, SchmeNm: { Prtry: 'SEPA' } } } } },
    DrctDbtTxInf: g.items.map((c) => ({
      PmtId: { EndToEndId: c.endToEndId },
      InstdAmt: { '#text': amount(c.amountMinor), '@Ccy': 'EUR' },
      DrctDbtTx: { MndtRltdInf: { MndtId: c.mandateReference, DtOfSgntr: c.mandateSignedOn } },
      DbtrAgt: { FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } },
      Dbtr: { Nm: sepaText(c.debtorName, 70) },
      DbtrAcct: { Id: { IBAN: c.debtorIban } },
      RmtInf: { Ustrd: sepaText(c.remittance, 140) },
    })),
  });
  return xmlDocument('Document', {
    '@xmlns': 'urn:iso:std:iso:20022:tech:xsd:pain.008.001.02',
    '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    CstmrDrctDbtInitn: {
      GrpHdr: {
        MsgId: options.messageId,
        CreDtTm: options.createdAt,
        NbOfTxs: options.collections.length,
        CtrlSum: amount(total),
        InitgPty: { Nm: sepaText(creditor.name, 70) },
      },
      PmtInf: groups.map(block),
    },
  });
}
