/**
 * An organisation's electronic address (EN 16931 BT-34 / BT-49, UBL `cbc:EndpointID`): where an
 * e-invoice reaches it, as `<scheme>:<identifier>` with a scheme from the Electronic Address Scheme
 * (EAS) code list that Peppol BIS Billing 3.0 checks (PEPPOL-EN16931-CL008). Kept on the
 * organisation (a Peppol participant id replaces the derived one when the organisation has one).
 */
export type ElectronicAddress = { scheme: string; id: string };

const compact = (v: string | null | undefined) => (v ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * The national legal identifiers Peppol participants of these countries are registered under, from
 * the trade-register number: KvK (0106), Norwegian and Swedish organisation numbers (0192, 0007),
 * the Danish CVR (0184), the Belgian enterprise number (0208), the French SIREN (0002) and the Swiss
 * UID (0183). Each with the format the Peppol
 * rules check, so a number in another shape is not used.
 */
const REGISTER_SCHEMES: Record<string, { scheme: string; pattern: RegExp }> = {
  NL: { scheme: '0106', pattern: /^\d{8}$/ },
  NO: { scheme: '0192', pattern: /^\d{9}$/ },
  SE: { scheme: '0007', pattern: /^\d{10}$/ },
  DK: { scheme: '0184', pattern: /^\d{8}$/ },
  BE: { scheme: '0208', pattern: /^[01]\d{9}$/ },
  // France: the SIREN (9 digits) or SIRET (14 digits) of the SIRENE register.
  FR: { scheme: '0002', pattern: /^\d{9}$/ },
  // Switzerland: the enterprise identification number (UID, CHE + 9 digits).
  CH: { scheme: '0183', pattern: /^CHE\d{9}$/ },
};

/** Whether the country's trade-register number gives an electronic address (a Peppol legal-identifier scheme). */
export const registerGivesAddress = (country: string) => country in REGISTER_SCHEMES;

/** A SIRET (establishment number, 14 digits) is its own scheme beside the SIREN. */
const SIRET = { scheme: '0009', pattern: /^\d{14}$/ };

/**
 * Where the VAT number itself contains the national legal identifier, that identifier (the scheme
 * Peppol participants of that country are found under); e.g. NO123456789MVA → 0192:123456789.
 */
const FROM_VAT_LEGAL: Record<string, (vat: string) => ElectronicAddress | null> = {
  NO: (v) => (/^NO(\d{9})(MVA)?$/.exec(v) ? { scheme: '0192', id: /^NO(\d{9})/.exec(v)![1]! } : null),
  SE: (v) => (/^SE(\d{10})01$/.exec(v) ? { scheme: '0007', id: v.slice(2, 12) } : null),
  DK: (v) => (/^DK\d{8}$/.test(v) ? { scheme: '0184', id: v.slice(2) } : null),
  BE: (v) => (/^BE[01]\d{9}$/.test(v) ? { scheme: '0208', id: v.slice(2) } : null),
  // Finnish OVT code: 0037 followed by the business id (the VAT number's digits).
  FI: (v) => (/^FI\d{8}$/.test(v) ? { scheme: '0216', id: `0037${v.slice(2)}` } : null),
};

/** The EAS scheme of each country's VAT number (the identifier written with its country prefix). */
const VAT_SCHEMES: Record<string, string> = {
  AT: '9914',
  CH: '9927',
  CZ: '9929',
  DE: '9930',
  ES: '9920',
  FR: '9957',
  GB: '9932',
  HU: '9910',
  IE: '9935',
  IT: '0211',
  LU: '9938',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  SK: '9950',
};

/**
 * The electronic address derived from what an organisation registered: its trade-register number
 * where its country has a Peppol legal-identifier scheme, else its VAT number (as that scheme, or
 * as the country's VAT scheme). Null when neither gives one (e.g. no VAT number and no register
 * number): no scheme of the code list identifies such an organisation.
 */
export function deriveElectronicAddress(org: {
  country: string;
  vatNumber?: string | null;
  tradeRegisterNumber?: string | null;
}): ElectronicAddress | null {
  const register = REGISTER_SCHEMES[org.country];
  const registerNumber = compact(org.tradeRegisterNumber);
  if (register?.pattern.test(registerNumber)) return { scheme: register.scheme, id: registerNumber };
  if (org.country === 'FR' && SIRET.pattern.test(registerNumber)) return { scheme: SIRET.scheme, id: registerNumber };
  let vat = compact(org.vatNumber);
  if (!vat) return null;
  // Swiss CHE… numbers may carry their MWST/TVA/IVA/TPV suffix.
  if (org.country === 'CH') vat = vat.replace(/(MWST|TVA|IVA|TPV)$/, '');
  const legal = FROM_VAT_LEGAL[org.country]?.(vat);
  if (legal) return legal;
  const scheme = VAT_SCHEMES[org.country];
  return scheme && vat.startsWith(org.country === 'CH' ? 'CHE' : org.country) ? { scheme, id: vat } : null;
}

export const formatElectronicAddress = (a: ElectronicAddress) => `${a.scheme}:${a.id}`;

/** The derived address as stored and shown (`scheme:identifier`), or null when nothing gives one. */
export function derivedElectronicAddress(org: Parameters<typeof deriveElectronicAddress>[0]): string | null {
  const derived = deriveElectronicAddress(org);
  return derived && formatElectronicAddress(derived);
}

/** `0106:12345678` → its parts; null for anything else. */
export function parseElectronicAddress(value: string | null | undefined): ElectronicAddress | null {
  const m = /^(\d{4}):(\S{1,100})$/.exec(value ?? '');
  return m ? { scheme: m[1]!, id: m[2]! } : null;
}

/**
 * The schemes Peppol BIS Billing 3.0 accepts for an electronic address (its EAS code list, rule
 * PEPPOL-EN16931-CL008, as in the published rules this product is tested against).
 */
export const PEPPOL_EAS_SCHEMES: ReadonlySet<string> = new Set(
  (
    '0002 0007 0009 0060 0088 0096 0097 0106 0130 0135 0142 0151 0183 0184 0188 0190 0191 0192 0195 0196 ' +
    '0198 0199 0200 0201 0204 0208 0209 0210 0211 0216 0218 0221 0225 0230 0235 0240 0242 0244 0245 0246 ' +
    '0248 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 ' +
    '9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 ' +
    '9957 9959'
  ).split(' '),
);

/** Identifier shapes the product knows for a scheme; other schemes of the list take any 1–100 visible characters. */
const ID_PATTERNS: Record<string, RegExp> = {
  '0002': /^\d{9}$/,
  '0007': /^\d{10}$/,
  '0009': /^\d{14}$/,
  '0088': /^\d{13}$/,
  '0106': /^\d{8}$/,
  '0183': /^CHE\d{9}$/,
  '0184': /^\d{8}(\d{2})?$/,
  '0192': /^\d{9}$/,
  '0208': /^[01]\d{9}$/,
  '0216': /^\d{12,35}$/,
};

/**
 * Reads what a person typed as an electronic address (`0106:12345678`, `0106 : 1234 5678`, an
 * `iso6523-actorid-upis::` prefix as Peppol directories show it) into its parts, or null when the
 * scheme is not one Peppol accepts or the identifier does not have the scheme's shape.
 */
export function normaliseElectronicAddress(value: string): ElectronicAddress | null {
  const text = value.trim().replace(/^iso6523-actorid-upis::/i, '');
  const m = /^(\d{4})\s*:\s*(.+)$/.exec(text);
  if (!m) return null;
  const scheme = m[1]!;
  const known = ID_PATTERNS[scheme];
  const id = known || /^99\d\d$/.test(scheme) ? m[2]!.toUpperCase().replace(/[\s.\-/]/g, '') : m[2]!.trim();
  if (!PEPPOL_EAS_SCHEMES.has(scheme) || !/^\S{1,100}$/.test(id)) return null;
  if (known && !known.test(id)) return null;
  // The VAT schemes (99xx) take the VAT number with its country prefix.
  if (/^99\d\d$/.test(scheme) && !/^[A-Z]{2}[A-Z0-9]{2,18}$/.test(id)) return null;
  return { scheme, id };
}
