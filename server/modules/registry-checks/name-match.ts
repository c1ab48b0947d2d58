/**
 * Whether the name a registry holds is the organisation's name on the form, tolerant of what differs
 * between a register and a form: case, accents, punctuation, the legal form (B.V., GmbH, S.A.R.L. …),
 * word order ("SMITH JOHN" / "John Smith") and a trading name used on the form.
 */
const LEGAL_FORMS = new Set([
  'bv', 'nv', 'vof', 'cv', 'bvba', 'srl', 'sprl', 'sa', 'sas', 'sarl', 'eurl', 'sasu', 'gmbh', 'ag', 'kg', 'ug',
  'ohg', 'eg', 'ek', 'ev', 'mbh', 'co', 'kft', 'zrt', 'nyrt', 'bt', 'spa', 'snc', 'sas', 'srls', 'sl', 'slu',
  'sa', 'lda', 'unipessoal', 'spzoo', 'sp', 'zoo', 'sro', 'as', 'aps', 'ab', 'oy', 'oyj', 'asa', 'ltd', 'limited',
  'plc', 'llp', 'inc', 'the', 'und', 'en', 'et', 'e', 'y', 'and',
]); // biome-ignore format: a word list

export function nameWords(name: string): string[] {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/&/g, ' ')
      // Dotted abbreviations as one word: "B.V." → "bv", "S.A.R.L." → "sarl".
      .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !LEGAL_FORMS.has(w))
  );
}

export type NameMatch = 'match' | 'differs' | 'not_shared';

/** `match` when every word of the shorter name is in the other (either form name), else `differs`. */
export function compareNames(registryName: string | null, formNames: (string | null | undefined)[]): NameMatch {
  if (!registryName) return 'not_shared';
  const registry = new Set(nameWords(registryName));
  if (!registry.size) return 'not_shared';
  for (const formName of formNames) {
    if (!formName) continue;
    const form = new Set(nameWords(formName));
    if (!form.size) continue;
    const [shorter, longer] = form.size <= registry.size ? [form, registry] : [registry, form];
    if ([...shorter].every((w) => longer.has(w))) return 'match';
  }
  return 'differs';
}
