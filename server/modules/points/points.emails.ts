import type { Locale } from '../../../contracts/common.js';
import type { EmailContent } from '../../platform/mail/layout.js';

export function invitationToJoinEmail(
  locale: Locale,
  p: { firstName: string; organisation: string; balance: number; url: string },
): EmailContent {
  const points = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(p.balance);
  return locale === 'nl'
    ? {
        subject: 'U bent uitgenodigd om CPS-lid te worden',
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          `${p.organisation} heeft nu ${points} punten. Daarmee bent u uitgenodigd om lid te worden van CPS.`,
          'Bekijk de beschikbare lidmaatschapsniveaus in uw Business-account. Hoe meer punten, hoe meer niveaus voor u beschikbaar zijn.',
        ],
        action: { label: 'Naar mijn Business-account', url: p.url },
      }
    : {
        subject: 'You are invited to join CPS',
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          `${p.organisation} now has ${points} points, so you are invited to become a CPS member.`,
          'See the available membership levels in your Business account. The more points you have, the more levels you qualify for.',
        ],
        action: { label: 'Go to my Business account', url: p.url },
      };
}
