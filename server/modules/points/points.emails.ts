import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `points.*`.

export function invitationToJoinEmail(
  locale: LocaleRef,
  p: { firstName: string; organisation: string; balance: number; url: string },
): EmailContent {
  const { t, number } = speaker(locale);
  return {
    subject: t('emails:points.invitationToJoin.subject'),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:points.invitationToJoin.points', {
        organisation: p.organisation,
        points: number(p.balance),
        count: p.balance,
      }),
      t('emails:points.invitationToJoin.levels'),
    ],
    action: { label: t('emails:points.invitationToJoin.action'), url: p.url },
  };
}
