import type { Locale } from '../../../contracts/common.js';
import type { EmailContent } from '../../platform/mail/layout.js';

export function accountReadyEmail(
  locale: Locale,
  p: { firstName: string; organisation: string; url: string },
): EmailContent {
  return locale === 'nl'
    ? {
        subject: 'Uw Business-account is klaar: stel uw wachtwoord in',
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          `We hebben de gegevens van ${p.organisation} gecontroleerd en uw Business-account aangemaakt.`,
          'Stel nu uw wachtwoord in via de knop hieronder. De link is 72 uur geldig en werkt één keer. Daarna kunt u inloggen en uw producten registreren onder "Mijn producten".',
        ],
        action: { label: 'Wachtwoord instellen', url: p.url },
      }
    : {
        subject: 'Your Business account is ready: set your password',
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          `We have checked the details of ${p.organisation} and created your Business account.`,
          'Set your password now with the button below. The link is valid for 72 hours and works once. Then you can log in and register your products under "My products".',
        ],
        action: { label: 'Set password', url: p.url },
      };
}

export function resetPasswordEmail(locale: Locale, p: { firstName: string; url: string }): EmailContent {
  return locale === 'nl'
    ? {
        subject: 'Uw wachtwoord opnieuw instellen',
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          'U (of iemand anders) heeft gevraagd uw ProPass-wachtwoord opnieuw in te stellen.',
          'Gebruik de knop hieronder. De link is 2 uur geldig en werkt één keer. Hebt u dit niet gevraagd, dan kunt u dit bericht negeren.',
        ],
        action: { label: 'Nieuw wachtwoord instellen', url: p.url },
      }
    : {
        subject: 'Reset your password',
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          'You (or someone else) asked to reset your ProPass password.',
          'Use the button below. The link is valid for 2 hours and works once. If you did not ask for this, you can ignore this message.',
        ],
        action: { label: 'Set a new password', url: p.url },
      };
}

/** Sent after a logged-in user changed their password: so a change they did not make is noticed. */
export function passwordChangedEmail(locale: Locale, p: { firstName: string; at: string; url: string }): EmailContent {
  return locale === 'nl'
    ? {
        subject: 'Uw ProPass-wachtwoord is gewijzigd',
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          `Het wachtwoord van uw ProPass-account is gewijzigd op ${p.at}. Op andere apparaten bent u uitgelogd.`,
          'Was u dit niet? Stel dan meteen een nieuw wachtwoord in via "Wachtwoord vergeten" en neem contact op met CPS Priority support.',
        ],
        action: { label: 'Wachtwoord vergeten', url: p.url },
      }
    : {
        subject: 'Your ProPass password was changed',
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          `The password of your ProPass account was changed on ${p.at}. Other devices have been logged out.`,
          'Was this not you? Then set a new password at once through "Forgot password" and contact CPS Priority support.',
        ],
        action: { label: 'Forgot password', url: p.url },
      };
}
