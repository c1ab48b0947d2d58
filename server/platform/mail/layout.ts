import { escapeHtml } from '../html.js';
import { type LocaleRef, languageOf, translate } from '../i18n/index.js';

export type EmailContent = {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Lines shown as a small key/value table (reference, dates). */
  facts?: [string, string][];
  footer?: string;
};

/** One layout for every e-mail: HTML (inline styles, no external assets) and the same in plain text. */
export function renderEmail(locale: LocaleRef, content: EmailContent): { subject: string; html: string; text: string } {
  const language = languageOf(locale);
  const footer = content.footer ?? translate(language, 'emails:layout.footer');
  const facts = content.facts ?? [];
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;max-width:600px">
<tr><td style="background:#000000;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold">ProPass</td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((p) => `<p style="font-size:15px;line-height:1.5;margin:0 0 12px">${escapeHtml(p)}</p>`).join('\n')}
${
  facts.length
    ? `<table role="presentation" cellpadding="4" style="margin:8px 0 16px;font-size:15px">${facts
        .map(
          ([k, v]) => `<tr><td style="color:#555">${escapeHtml(k)}</td><td><strong>${escapeHtml(v)}</strong></td></tr>`,
        )
        .join('')}</table>`
    : ''
}
${
  content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#c00000;color:#ffffff;padding:12px 20px;text-decoration:none;font-weight:bold;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="font-size:13px;color:#555;word-break:break-all">${escapeHtml(content.action.url)}</p>`
    : ''
}
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;border-top:1px solid #e5e5e5">${escapeHtml(footer)}</td></tr>
</table></td></tr></table></body></html>`;
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...facts.map(([k, v]) => `${k}: ${v}`),
    ...(facts.length ? [''] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '--',
    footer,
  ].join('\n');
  return { subject: content.subject, html, text };
}
