import type { Party } from '../../platform/db/schema/billing.js';

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

const esc = (v: string) =>
  v.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
/** SEPA allows a restricted Latin character set; keep names and texts within it. */
/** The SEPA character set (Latin letters, digits, a few marks); never empty, which the schema forbids. */
const sepaText = (v: string, max: number) =>
  esc(
    v
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max) || 'NOTPROVIDED',
  );
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
  const block = (g: { seq: 'FRST' | 'RCUR'; items: Collection[] }, i: number) => `
    <PmtInf>
      <PmtInfId>${esc(options.messageId)}-${i + 1}</PmtInfId>
      <PmtMtd>DD</PmtMtd>
      <NbOfTxs>${g.items.length}</NbOfTxs>
      <CtrlSum>${amount(g.items.reduce((s, c) => s + c.amountMinor, 0))}</CtrlSum>
      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>${g.seq}</SeqTp></PmtTpInf>
      <ReqdColltnDt>${options.collectionDate}</ReqdColltnDt>
      <Cdtr><Nm>${sepaText(creditor.name, 70)}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>${esc(creditor.iban.replace(/\s+/g, ''))}</IBAN></Id></CdtrAcct>
      <CdtrAgt><FinInstnId><BIC>${esc(creditor.bic)}</BIC></FinInstnId></CdtrAgt>
      <ChrgBr>SLEV</ChrgBr>
      <CdtrSchmeId><Id><PrvtId><Othr><Id>${esc(creditor.creditorId)}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>${g.items
        .map(
          (c) => `
      <DrctDbtTxInf>
        <PmtId><EndToEndId>${esc(c.endToEndId)}</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">${amount(c.amountMinor)}</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>${esc(c.mandateReference)}</MndtId><DtOfSgntr>${c.mandateSignedOn}</DtOfSgntr></MndtRltdInf></DrctDbtTx>
        <DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>
        <Dbtr><Nm>${sepaText(c.debtorName, 70)}</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>${esc(c.debtorIban)}</IBAN></Id></DbtrAcct>
        <RmtInf><Ustrd>${sepaText(c.remittance, 140)}</Ustrd></RmtInf>
      </DrctDbtTxInf>`,
        )
        .join('')}
    </PmtInf>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <CstmrDrctDbtInitn>
    <GrpHdr>
      <MsgId>${esc(options.messageId)}</MsgId>
      <CreDtTm>${options.createdAt}</CreDtTm>
      <NbOfTxs>${options.collections.length}</NbOfTxs>
      <CtrlSum>${amount(total)}</CtrlSum>
      <InitgPty><Nm>${sepaText(creditor.name, 70)}</Nm></InitgPty>
    </GrpHdr>${groups.map(block).join('')}
  </CstmrDrctDbtInitn>
</Document>
`;
}
