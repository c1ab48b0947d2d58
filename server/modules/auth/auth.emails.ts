import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `auth.*`.

export function accountReadyEmail(
  locale: LocaleRef,
  p: { firstName: string; organisation: string; url: string },
): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:auth.accountReady.subject'),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [t('emails:auth.accountReady.checked', p), t('emails:auth.accountReady.setPassword')],
    action: { label: t('emails:common.setPassword'), url: p.url },
  };
}

export function resetPasswordEmail(locale: LocaleRef, p: { firstName: string; url: string }): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:auth.resetPassword.subject'),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [t('emails:auth.resetPassword.asked'), t('emails:auth.resetPassword.useButton')],
    action: { label: t('emails:auth.resetPassword.action'), url: p.url },
  };
}

/** Sent after a logged-in user changed their password: so a change they did not make is noticed. */
export function passwordChangedEmail(
  locale: LocaleRef,
  p: { firstName: string; at: string; url: string },
): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:auth.passwordChanged.subject'),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [t('emails:auth.passwordChanged.changed', p), t('emails:auth.passwordChanged.notYou')],
    action: { label: t('emails:auth.passwordChanged.action'), url: p.url },
  };
}
