import { XMLBuilder } from 'fast-xml-parser';

/**
 * An element's content for {@link xmlDocument}: text, a child map (keys are element names in
 * document order, `@name` keys are attributes, `#text` is the element's own text), or a list for a
 * repeated element. `undefined`, `null`, `false` and `''` mean "no such element": an empty element
 * is never valid in the formats written here (UBL under Peppol rule PEPPOL-EN16931-R008, ISO 20022
 * by its schemas), so leaving it out is always the right reading of an absent value.
 */
export type XmlNode = string | number | XmlElement | XmlNode[] | undefined | null | false;
export type XmlElement = { [name: string]: XmlNode };

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Compact: these files are read by machines, and whitespace between elements carries nothing.
  format: false,
  // The one place where text and attribute values are escaped (& < > " ').
  processEntities: true,
  suppressBooleanAttributes: false,
});

const absent = (v: XmlNode) => v === undefined || v === null || v === false || v === '';

function clean(node: XmlNode): XmlNode {
  if (Array.isArray(node)) return node.filter((n) => !absent(n)).map(clean);
  if (typeof node !== 'object' || node === null) return node;
  const out: XmlElement = {};
  for (const [name, value] of Object.entries(node)) {
    if (absent(value)) continue;
    const cleaned = clean(value);
    if (Array.isArray(cleaned) && cleaned.length === 0) continue;
    out[name] = typeof cleaned === 'number' ? String(cleaned) : cleaned;
  }
  return out;
}

/** A whole XML document (UTF-8 declaration, one root element) built from a tree; values are escaped here only. */
export function xmlDocument(root: string, content: XmlElement): string {
  const tree = { '?xml': { '@version': '1.0', '@encoding': 'UTF-8' }, [root]: clean(content) };
  return builder.build(tree) as string;
}
