import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `accounts.*`.

export function invitationEmail(
  locale: LocaleRef,
  p: { firstName: string; inviter: string; organisation: string; url: string },
): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:accounts.invitation.subject', p),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [t('emails:accounts.invitation.invited', p), t('emails:accounts.invitation.setPassword')],
    action: { label: t('emails:common.setPassword'), url: p.url },
  };
}

/**
 * To the owner of an existing account whose address someone of another organisation tried to
 * invite: the inviter is told nothing different, so the owner hears it from us (at most daily).
 */
export function alreadyHaveAccountEmail(
  locale: LocaleRef,
  p: { firstName: string; inviter: string; organisation: string; loginUrl: string; forgotUrl: string },
): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:accounts.alreadyHaveAccount.subject', p),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:accounts.alreadyHaveAccount.tried', p),
      t('emails:accounts.alreadyHaveAccount.notAdded'),
      t('emails:accounts.alreadyHaveAccount.logIn', p),
    ],
    action: { label: t('emails:common.logIn'), url: p.loginUrl },
  };
}
