const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text → HTML, safe in element content and in quoted attribute values. The one HTML escaper of the
 * server (e-mails, the server-rendered payment pages); XML has its own in `xml.ts`.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
