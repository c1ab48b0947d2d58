/**
 * The VAT registry port: is this VAT number registered, under which name and address? The real
 * adapter asks the EU's VIES service; numbers of countries outside VIES (NO, CH, GB) get "no registry
 * check available", never a "valid" the product did not read from a registry.
 */
export type VatRegistryResult =
  | {
      outcome: 'valid' | 'invalid';
      /** The registry that answered, and whether it is the local stand-in (named so in the UI). */
      registry: string;
      standIn: boolean;
      /** As the registry holds them; null where the member state does not share them. */
      name: string | null;
      address: string | null;
      /** VIES's consultation number: proof of the check for a reverse-charge invoice. */
      consultationNumber: string | null;
      /** The registry's date of the answer (YYYY-MM-DD). */
      requestDate: string;
    }
  | {
      /** The registry gave no verdict: it or the member state did not answer, or it refused the request. */
      outcome: 'unavailable';
      registry: string;
      standIn: boolean;
      /** VIES's error code, e.g. MS_UNAVAILABLE. */
      reason: string;
      /** True when asking again later may answer (not for a refused request such as INVALID_INPUT). */
      retryLater: boolean;
    }
  | {
      /** The country has no registry the product can ask. */
      outcome: 'no_registry';
    };

export type VatRegistry = {
  check(vatNumber: string): Promise<VatRegistryResult>;
};

/** The member states VIES answers for, as its country codes (Greece is EL; XI is Northern Ireland). */
export const VIES_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'XI',
]); // biome-ignore format: a table of country codes

/** `NL004495445B01` → `{ countryCode: 'NL', number: '004495445B01' }` in VIES's terms (GR → EL). */
export function splitVatNumber(vatNumber: string): { countryCode: string; number: string } | null {
  const compact = vatNumber.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const m = /^([A-Z]{2})([A-Z0-9]{2,14})$/.exec(compact);
  if (!m) return null;
  return { countryCode: m[1] === 'GR' ? 'EL' : m[1]!, number: m[2]! };
}
