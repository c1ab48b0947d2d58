import type { Locale } from '../../../contracts/common.js';
import type { EmailContent } from '../../platform/mail/layout.js';

export function invitationEmail(
  locale: Locale,
  p: { firstName: string; inviter: string; organisation: string; url: string },
): EmailContent {
  return locale === 'nl'
    ? {
        subject: `Uitnodiging voor het Business-account van ${p.organisation}`,
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          `${p.inviter} heeft u uitgenodigd voor het Business-account van ${p.organisation} in ProPass.`,
          'Stel uw wachtwoord in via de knop hieronder. De link is 72 uur geldig en werkt één keer.',
        ],
        action: { label: 'Wachtwoord instellen', url: p.url },
      }
    : {
        subject: `Invitation to the Business account of ${p.organisation}`,
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          `${p.inviter} has invited you to the Business account of ${p.organisation} in ProPass.`,
          'Set your password with the button below. The link is valid for 72 hours and works once.',
        ],
        action: { label: 'Set password', url: p.url },
      };
}
