import { describe, expect, it } from 'vitest';
import { compareNames } from './name-match.js';

describe('comparing the registry name with the form', () => {
  it('matches across case, accents, legal forms, word order and the trading name', () => {
    expect(compareNames('FOTOSTUDIO DE VRIES B.V.', ['Fotostudio de Vries BV'])).toBe('match');
    expect(compareNames('Müller Fotografie GmbH', ['MULLER FOTOGRAFIE'])).toBe('match');
    expect(compareNames('SMITH JOHN', ['John Smith Photography Ltd'])).toBe('match');
    expect(compareNames('Lumière S.A.R.L.', ['Studio Lux', 'Lumiere'])).toBe('match');
  });

  it('differs for another company, and says when the registry shares no name', () => {
    expect(compareNames('Bakkerij Jansen B.V.', ['Fotostudio de Vries B.V.'])).toBe('differs');
    expect(compareNames(null, ['Fotostudio de Vries B.V.'])).toBe('not_shared');
    expect(compareNames('B.V.', ['Anything'])).toBe('not_shared');
  });
});
