import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `products.endOfSupport.*`.

/** The advance notice: a model's support ends on `on`, and with it the points its products earned. */
export function endOfSupportEmail(
  locale: LocaleRef,
  p: { firstName: string; model: string; on: string; url: string },
): EmailContent {
  const { t, date } = speaker(locale);
  const values = { model: p.model, date: date(p.on) };
  return {
    subject: t('emails:products.endOfSupport.subject', values),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [t('emails:products.endOfSupport.points', values), t('emails:products.endOfSupport.renewal')],
    action: { label: t('emails:products.endOfSupport.action'), url: p.url },
  };
}
