import type { Locale } from '../../../contracts/common.js';
import type { EmailContent } from '../../platform/mail/layout.js';

export function ticketReceivedEmail(
  locale: Locale,
  p: { reference: string; subject: string; url: string | null },
): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl ? `Uw vraag is ontvangen (${p.reference})` : `We received your question (${p.reference})`,
    heading: nl ? 'CPS Priority support' : 'CPS Priority support',
    paragraphs: [
      nl
        ? `We hebben uw vraag "${p.subject}" ontvangen en antwoorden zo snel mogelijk.`
        : `We have received your question "${p.subject}" and will answer as soon as possible.`,
      ...(p.url ? [] : [nl ? 'We antwoorden per e-mail aan dit adres.' : 'We will answer by e-mail to this address.']),
    ],
    facts: [[nl ? 'Referentie' : 'Reference', p.reference]],
    ...(p.url ? { action: { label: nl ? 'Vraag bekijken' : 'View your question', url: p.url } } : {}),
  };
}

export function staffReplyEmail(
  locale: Locale,
  p: { reference: string; subject: string; message: string; url: string | null },
): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl ? `Antwoord op uw vraag (${p.reference})` : `Reply to your question (${p.reference})`,
    heading: nl ? 'CPS Priority support heeft geantwoord' : 'CPS Priority support has replied',
    paragraphs: [
      `"${p.subject}"`,
      p.message,
      ...(p.url ? [nl ? 'U kunt reageren in uw Business-account.' : 'You can reply in your Business account.'] : []),
    ],
    facts: [[nl ? 'Referentie' : 'Reference', p.reference]],
    ...(p.url ? { action: { label: nl ? 'Antwoord bekijken en reageren' : 'View and reply', url: p.url } } : {}),
  };
}

export function newMessageForStaffEmail(
  locale: Locale,
  p: { reference: string; subject: string; from: string; url: string },
): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl ? `Nieuw bericht in ${p.reference}` : `New message in ${p.reference}`,
    heading: p.subject,
    paragraphs: [nl ? `${p.from} heeft een bericht gestuurd.` : `${p.from} has sent a message.`],
    action: { label: nl ? 'Ticket openen' : 'Open ticket', url: p.url },
  };
}
