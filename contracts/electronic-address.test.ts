import { describe, expect, it } from 'vitest';
import { deriveElectronicAddress, normaliseElectronicAddress, parseElectronicAddress } from './electronic-address.js';

describe('electronic address (EAS scheme and identifier)', () => {
  it('takes the national legal identifier where Peppol uses one, else the VAT scheme of the country', () => {
    const d = (country: string, vatNumber: string | null, tradeRegisterNumber: string | null = null) =>
      deriveElectronicAddress({ country, vatNumber, tradeRegisterNumber });
    expect(d('NL', 'NL004495445B01')).toEqual({ scheme: '9944', id: 'NL004495445B01' });
    expect(d('NL', 'NL004495445B01', '3412 6549')).toEqual({ scheme: '0106', id: '34126549' });
    expect(d('BE', 'BE 0411.905.847')).toEqual({ scheme: '0208', id: '0411905847' });
    expect(d('BE', null, '0411.905.847')).toEqual({ scheme: '0208', id: '0411905847' });
    expect(d('DE', 'DE136695976')).toEqual({ scheme: '9930', id: 'DE136695976' });
    expect(d('FR', 'FR40303265045')).toEqual({ scheme: '9957', id: 'FR40303265045' });
    expect(d('NO', 'NO 974 760 673 MVA')).toEqual({ scheme: '0192', id: '974760673' });
    expect(d('SE', 'SE556036079301')).toEqual({ scheme: '0007', id: '5560360793' });
    expect(d('DK', 'DK13585628')).toEqual({ scheme: '0184', id: '13585628' });
    expect(d('FI', 'FI20774740')).toEqual({ scheme: '0216', id: '003720774740' });
    expect(d('CH', 'CHE-116.281.710 MWST')).toEqual({ scheme: '9927', id: 'CHE116281710' });
    expect(d('GB', 'GB980780684')).toEqual({ scheme: '9932', id: 'GB980780684' });
    expect(d('IT', 'IT00743110157')).toEqual({ scheme: '0211', id: 'IT00743110157' });
    // Without a VAT number: the French SIREN or SIRET, the Swiss UID.
    expect(d('FR', null, '732 829 320')).toEqual({ scheme: '0002', id: '732829320' });
    expect(d('FR', null, '732 829 320 00074')).toEqual({ scheme: '0009', id: '73282932000074' });
    expect(d('CH', null, 'CHE-116.281.710')).toEqual({ scheme: '0183', id: 'CHE116281710' });
  });

  it('gives none when nothing registered identifies the organisation', () => {
    expect(deriveElectronicAddress({ country: 'NL', vatNumber: null, tradeRegisterNumber: null })).toBeNull();
    // A register number in another shape than the national one is not used; a VAT number of another country neither.
    expect(deriveElectronicAddress({ country: 'NL', vatNumber: null, tradeRegisterNumber: 'HRB 1234' })).toBeNull();
    expect(deriveElectronicAddress({ country: 'DE', vatNumber: 'NL004495445B01' })).toBeNull();
  });

  it('reads a kept address and refuses anything without a four-digit scheme', () => {
    expect(parseElectronicAddress('0106:34126549')).toEqual({ scheme: '0106', id: '34126549' });
    expect(parseElectronicAddress('EM:a@b.example')).toBeNull();
    expect(parseElectronicAddress(null)).toBeNull();
  });

  it('reads a typed Peppol id only with a scheme of the Peppol code list and the shape of its identifier', () => {
    expect(normaliseElectronicAddress('0106:34126549')).toEqual({ scheme: '0106', id: '34126549' });
    expect(normaliseElectronicAddress('iso6523-actorid-upis::0208:0411905847')).toEqual({
      scheme: '0208',
      id: '0411905847',
    });
    expect(normaliseElectronicAddress('9930 : de 136 695 976')).toEqual({ scheme: '9930', id: 'DE136695976' });
    expect(normaliseElectronicAddress('0088:5790000435968')).toEqual({ scheme: '0088', id: '5790000435968' });
    for (const bad of [
      'EM:a@b.example',
      '0001:123',
      '0106:1234567',
      '0192:12345678',
      '9930:136695976',
      '0106:',
      ':1234',
      '0106 34126549',
    ]) {
      expect(normaliseElectronicAddress(bad), bad).toBeNull();
    }
  });
});
