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

/**
 * To the owner of an existing account whose address someone of another organisation tried to
 * invite: the inviter is told nothing different, so the owner hears it from us (at most daily).
 */
export function alreadyHaveAccountEmail(
  locale: Locale,
  p: { firstName: string; inviter: string; organisation: string; loginUrl: string; forgotUrl: string },
): EmailContent {
  return locale === 'nl'
    ? {
        subject: `${p.organisation} probeerde u toe te voegen in ProPass`,
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          `${p.inviter} van ${p.organisation} probeerde u als collega toe te voegen aan hun Business-account in ProPass.`,
          'U hebt met dit e-mailadres al een account, dus er is niets veranderd: u bent niet toegevoegd. Hoort u bij die organisatie, vraag dan om een uitnodiging op een ander e-mailadres, of neem contact op met CPS Priority support.',
          `Log in zoals altijd. Wachtwoord vergeten? Vraag een nieuwe link aan via ${p.forgotUrl}.`,
        ],
        action: { label: 'Inloggen', url: p.loginUrl },
      }
    : {
        subject: `${p.organisation} tried to add you in ProPass`,
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          `${p.inviter} of ${p.organisation} tried to add you as a colleague to their Business account in ProPass.`,
          'You already have an account with this e-mail address, so nothing has changed: you were not added. If you belong to that organisation, ask for an invitation to another e-mail address, or contact CPS Priority support.',
          `Log in as usual. Forgot your password? Ask for a new link at ${p.forgotUrl}.`,
        ],
        action: { label: 'Log in', url: p.loginUrl },
      };
}
