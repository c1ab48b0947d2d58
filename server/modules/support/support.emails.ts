import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `support.*`.

export function ticketReceivedEmail(
  locale: LocaleRef,
  p: { reference: string; subject: string; url: string | null },
): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:support.ticketReceived.subject', { reference: p.reference }),
    heading: t('emails:support.ticketReceived.heading'),
    paragraphs: [
      t('emails:support.ticketReceived.received', { subject: p.subject }),
      ...(p.url ? [] : [t('emails:support.ticketReceived.byEmail')]),
    ],
    facts: [[t('emails:common.reference'), p.reference]],
    ...(p.url ? { action: { label: t('emails:support.ticketReceived.action'), url: p.url } } : {}),
  };
}

export function staffReplyEmail(
  locale: LocaleRef,
  p: { reference: string; subject: string; message: string; url: string | null },
): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:support.staffReply.subject', { reference: p.reference }),
    heading: t('emails:support.staffReply.heading'),
    paragraphs: [`"${p.subject}"`, p.message, ...(p.url ? [t('emails:support.staffReply.replyInAccount')] : [])],
    facts: [[t('emails:common.reference'), p.reference]],
    ...(p.url ? { action: { label: t('emails:support.staffReply.action'), url: p.url } } : {}),
  };
}

export function newMessageForStaffEmail(
  locale: LocaleRef,
  p: { reference: string; subject: string; from: string; url: string },
): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:support.newMessageForStaff.subject', { reference: p.reference }),
    heading: p.subject,
    paragraphs: [t('emails:support.newMessageForStaff.sent', { from: p.from })],
    action: { label: t('emails:support.newMessageForStaff.action'), url: p.url },
  };
}
