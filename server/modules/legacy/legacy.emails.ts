import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `legacy.*`.

/** Sent to an old CPS e-mail address an organisation wants to link: the code, or that nothing was found. */
export function linkCodeEmail(locale: LocaleRef, p: { organisation: string; code: string | null }): EmailContent {
  const { t } = speaker(locale);
  return p.code
    ? {
        subject: t('emails:legacy.linkCode.subject', { code: p.code }),
        heading: t('emails:legacy.linkCode.heading'),
        paragraphs: [
          t('emails:legacy.linkCode.wants', { organisation: p.organisation }),
          t('emails:legacy.linkCode.code', { code: p.code }),
        ],
      }
    : {
        subject: t('emails:legacy.notFound.subject'),
        heading: t('emails:legacy.linkCode.heading'),
        paragraphs: [
          t('emails:legacy.notFound.wanted', { organisation: p.organisation }),
          t('emails:legacy.notFound.check'),
        ],
      };
}
