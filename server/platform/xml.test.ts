import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlDocument } from './xml.js';

describe('xmlDocument', () => {
  it('escapes text and attribute values in one place, so any value reads back unchanged', () => {
    const nasty = `Zoë & Søn <b>"quoted"</b> 'it'`;
    const xml = xmlDocument('Doc', { '@xmlns': 'urn:x', Name: nasty, Amount: { '#text': '1.00', '@cur': nasty } });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).not.toContain('<b>');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    expect(parsed.Doc.Name).toBe(nasty);
    expect(parsed.Doc.Amount['@cur']).toBe(nasty);
  });

  it('leaves out absent values instead of writing empty elements, keeps order and repeats lists', () => {
    const xml = xmlDocument('Doc', { A: '1', B: undefined, C: null, D: false, E: '', F: [], G: [2, 3], H: 0 });
    expect(xml.replace(/\s+/g, '')).toBe(
      '<?xmlversion="1.0"encoding="UTF-8"?><Doc><A>1</A><G>2</G><G>3</G><H>0</H></Doc>',
    );
  });
});
