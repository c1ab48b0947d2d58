import { describe, expect, it } from 'vitest';
import { tierBenefitsIn, tierNameIn } from '../../platform/i18n/index.js';
import { DEFAULT_TIERS } from './tier-defaults.js';

const silver = DEFAULT_TIERS.find((t) => t.code === 'silver')!;

describe('tier names and benefits in every language', () => {
  it('gives the standard tiers each language’s own words where admins wrote only Dutch and English', () => {
    expect(tierNameIn(silver.names, 'silver', 'de')).toBe('Silber');
    expect(tierNameIn(silver.names, 'silver', 'nl')).toBe('Zilver');
    expect(tierNameIn(silver.names, 'silver', 'pl')).not.toBe('Silver');
    const german = tierBenefitsIn(silver.benefits, 'silver', 'de');
    expect(german).toHaveLength(silver.benefits.en!.length);
    expect(german.join(' ')).not.toContain('Priority repairs');
    expect(german.join(' ')).toContain('CPS Priority support');
  });

  it('keeps what admins wrote: their own language first, and a changed English list over the standard words', () => {
    expect(tierNameIn({ en: 'Silver', nl: 'Zilver', de: 'Silber Plus' }, 'silver', 'de')).toBe('Silber Plus');
    expect(tierNameIn({ en: 'Explorer', nl: 'Ontdekker' }, 'explorer', 'de')).toBe('Explorer');
    const changed = { en: ['Free coffee at every repair'], nl: ['Gratis koffie'] };
    expect(tierBenefitsIn(changed, 'silver', 'de')).toEqual(['Free coffee at every repair']);
    expect(tierBenefitsIn({ ...silver.benefits, fr: ['Avantage écrit par un admin'] }, 'silver', 'fr')).toEqual([
      'Avantage écrit par un admin',
    ]);
  });
});
