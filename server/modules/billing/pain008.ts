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

/**
 * Letters outside the EPC Latin character set that have no decomposition to a Latin letter plus
 * accents, with their usual transliteration (Greek by ELOT 743, Cyrillic by the common scientific
 * and Bulgarian/Serbian forms). Upper case entries are derived.
 */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  ŋ: 'ng',
  ĸ: 'k',
  ſ: 's',
  ƒ: 'f',
  ĳ: 'ij',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  џ: 'dz',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ё: 'yo',
};
const PUNCTUATION: Record<string, string> = {
  '&': '+',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '`': "'",
  '´': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '–': '-',
  '—': '-',
  '‐': '-',
  _: '-',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
};

function transliterate(ch: string, next: string | undefined): string {
  const lower = ch.toLowerCase();
  const latin = LETTERS[lower];
  if (latin === undefined) return PUNCTUATION[ch] ?? ch;
  if (lower === ch) return latin;
  // An upper-case letter written as two (Θ → TH): capitalised in a word, upper case in capitals.
  return next && next !== next.toUpperCase() ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin.toUpperCase();
}

/**
 * Text in the EPC Latin character set (a-z A-Z 0-9 / - ? : ( ) . , ' + space), which banks are
 * obliged to accept: accents dropped (Zoë → Zoe), other letters transliterated (Łódź → Lodz,
 * Søn → Son, Straße → Strasse, Greek and Cyrillic to Latin), so a name keeps its letters. Only what
 * has no Latin form becomes a space; never empty, which the schema forbids.
 */
export function epcText(value: string, max: number): string {
  const chars = [
    ...value
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Greek ου is one sound, u (ELOT 743: ou).
      .replace(/ο[υΥ]|Ο[υΥ]/g, (d) => (d[0] === 'ο' ? 'ou' : d[1] === 'υ' ? 'Ou' : 'OU')),
  ];
  return (
    chars
      .map((ch, i) => transliterate(ch, chars[i + 1]))
      .join('')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max)
      .trim() || 'NOTPROVIDED'
  );
}
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
    Cdtr: { Nm: epcText(creditor.name, 70) },
    CdtrAcct: { Id: { IBAN: creditor.iban.replace(/\s+/g, '') } },
    CdtrAgt: { FinInstnId: { BIC: creditor.bic } },
    ChrgBr: 'SLEV',
    CdtrSchmeId: { Id: { PrvtId: { Othr: { Id: creditor.creditorId, SchmeNm: { Prtry: 'SEPA' } } } } },
    DrctDbtTxInf: g.items.map((c) => ({
      PmtId: { EndToEndId: c.endToEndId },
      InstdAmt: { '#text': amount(c.amountMinor), '@Ccy': 'EUR' },
      DrctDbtTx: { MndtRltdInf: { MndtId: c.mandateReference, DtOfSgntr: c.mandateSignedOn } },
      DbtrAgt: { FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } },
      Dbtr: { Nm: epcText(c.debtorName, 70) },
      DbtrAcct: { Id: { IBAN: c.debtorIban } },
      RmtInf: { Ustrd: epcText(c.remittance, 140) },
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
        InitgPty: { Nm: epcText(creditor.name, 70) },
      },
      PmtInf: groups.map(block),
    },
  });
}
