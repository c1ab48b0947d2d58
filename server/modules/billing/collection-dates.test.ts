import { describe, expect, it } from 'vitest';
import { PROGRAMME_DEFAULTS } from '../../../contracts/programme.js';
import { normaliseBic, normaliseCreditorId } from '../../platform/identifiers.js';
import { addDays, easterSunday, isWorkingDay, TARGET2 } from '../../platform/working-days.js';
import { epcText } from './pain008.js';
import { collectionDate, earliestCollectionDate, expectedCollectionDate, isCollectionDay } from './rules.js';

describe('the TARGET2 calendar', () => {
  it('finds Easter Sunday (published dates)', () => {
    const known = ['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2038-04-25', '2285-03-22'];
    for (const date of known) expect(easterSunday(Number(date.slice(0, 4)))).toBe(date);
  });

  it('is closed on weekends, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December only', () => {
    const closed = new Set(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-12-25', '2027-12-26']);
    const days: string[] = [];
    for (let d = '2027-01-01'; d <= '2027-12-31'; d = addDays(d, 1)) days.push(d);
    const expected = days.filter((d) => {
      const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6 && !closed.has(d);
    });
    expect(days.filter(isCollectionDay)).toEqual(expected);
    // Holidays of the programme country are business days for SEPA (King's Day, Ascension, Whit Monday).
    for (const d of ['2027-04-27', '2027-05-06', '2027-05-17']) {
      expect(isWorkingDay(d, 'NL')).toBe(false);
      expect(isWorkingDay(d, TARGET2)).toBe(true);
    }
    // And Good Friday is one for the Netherlands, not for TARGET2.
    expect(isWorkingDay('2027-03-26', 'NL')).toBe(true);
    expect(isCollectionDay('2027-03-26')).toBe(false);
    expect(isCollectionDay('2026-05-01')).toBe(false);
    expect(isCollectionDay('2025-12-26')).toBe(false);
  });
});

describe('direct-debit collection dates', () => {
  it('moves a collection due on Good Friday 2027 past Easter Monday, the same date at checkout and at notice', () => {
    expect(collectionDate('2027-03-26', '2027-03-19', 1)).toBe('2027-03-30');
    expect(expectedCollectionDate('2027-02-24', '2027-03-26', { preNotificationDays: 5, leadDays: 1 })).toEqual({
      date: '2027-03-30',
      reason: 'not_a_business_day',
    });
    // Due on Easter Monday, noticed the Friday before Good Friday: two business days later is Wednesday 31 March.
    expect(collectionDate('2027-03-29', '2027-03-25', 1)).toBe('2027-03-31');
  });

  it('keeps the lead time of the file: a notice on a Saturday, or a long lead, dates the collection later', () => {
    expect(earliestCollectionDate('2027-03-25', 1)).toBe('2027-03-30');
    expect(earliestCollectionDate('2027-03-27', 0)).toBe('2027-03-31');
    expect(collectionDate('2027-06-08', '2027-06-07', 5)).toBe('2027-06-14');
  });
});

describe('the SEPA creditor identifier', () => {
  it('accepts valid ones in any common writing and returns the compact form', () => {
    expect(normaliseCreditorId('DE98ZZZ09999999999')).toBe('DE98ZZZ09999999999');
    expect(normaliseCreditorId('nl57 zzz 9999 9999 9999')).toBe('NL57ZZZ999999999999');
    // The business code is not part of the check digits.
    expect(normaliseCreditorId('NL57ABC999999999999')).toBe('NL57ABC999999999999');
    expect(normaliseCreditorId(PROGRAMME_DEFAULTS.seller.sepaCreditorId)).toBe(
      PROGRAMME_DEFAULTS.seller.sepaCreditorId,
    );
  });

  it('refuses wrong check digits, a country outside SEPA, a wrong national length and malformed text', () => {
    for (const bad of [
      'NL98ZZZ999999999999',
      'DE97ZZZ09999999999',
      'US57ZZZ999999999999',
      'NL57ZZZ99999999999',
      'NLXXZZZ999999999999',
      'NL57ZZZ',
      '',
    ]) {
      expect(normaliseCreditorId(bad), bad).toBeNull();
    }
  });

  it('checks a BIC', () => {
    expect(normaliseBic('abna nl 2a')).toBe('ABNANL2A');
    expect(normaliseBic('NEDSZAJJXXX')).toBe('NEDSZAJJXXX');
    for (const bad of ['ABN4NL2A', 'ABNAXX2A', 'ABNANL2', 'ABNANL2AX']) expect(normaliseBic(bad), bad).toBeNull();
  });
});

describe('names in the EPC Latin character set', () => {
  it('transliterates letters instead of dropping them', () => {
    expect(epcText('Łódź', 70)).toBe('Lodz');
    expect(epcText('Søn', 70)).toBe('Son');
    expect(epcText('Straße', 70)).toBe('Strasse');
    expect(epcText('Zoë', 70)).toBe('Zoe');
    expect(epcText('Θεόδωρος Παπαδόπουλος', 70)).toBe('Theodoros Papadopoulos');
    expect(epcText('ΦΩΤΟΓΡΑΦΕΙΟ ΑΘΗΝΑ', 70)).toBe('FOTOGRAFEIO ATHINA');
    expect(epcText('Иван Петров', 70)).toBe('Ivan Petrov');
    expect(epcText('Fotostudio Zoë & Søn', 70)).toBe('Fotostudio Zoe + Son');
    expect(epcText('Œuvre “Été” Æblegård', 70)).toBe("Oeuvre 'Ete' Aeblegard");
  });

  it('leaves only characters of the EPC set, never an empty name, within the length', () => {
    const samples = ['Fotostudio 📷 Zoë', 'A\u0000B\tC', '日本写真', 'x'.repeat(80), 'Dvořák – Ñandú #1 @ 50%'];
    for (const s of samples) {
      const out = epcText(s, 70);
      expect(out, s).toMatch(/^[A-Za-z0-9/\-?:().,'+ ]{1,70}$/);
      expect(out).toBe(out.trim());
    }
    expect(epcText('Dvořák – Ñandú #1 @ 50%', 70)).toBe('Dvorak - Nandu 1 50');
  });
});
