import type { Locale } from '../../../contracts/common.js';
import type { EmailContent } from '../../platform/mail/layout.js';

/** Sent to an old CPS e-mail address an organisation wants to link: the code, or that nothing was found. */
export function linkCodeEmail(locale: Locale, p: { organisation: string; code: string | null }): EmailContent {
  if (locale === 'nl') {
    return p.code
      ? {
          subject: `Uw code om uw oude CPS-account te koppelen: ${p.code}`,
          heading: 'Oude CPS-account koppelen',
          paragraphs: [
            `${p.organisation} wil dit e-mailadres van uw oude CPS-account koppelen aan zijn Business-account, zodat uw eerder geregistreerde producten kunnen worden gemigreerd.`,
            `Uw code is ${p.code}. Vul deze in op de pagina Mijn producten. De code is 30 minuten geldig. Hebt u dit niet gevraagd, negeer dit bericht dan.`,
          ],
        }
      : {
          subject: 'Geen oude CPS-account gevonden',
          heading: 'Oude CPS-account koppelen',
          paragraphs: [
            `${p.organisation} wilde dit e-mailadres koppelen als oude CPS-account, maar we vonden geen oude CPS-account met dit adres.`,
            'Controleer het adres, registreer uw producten opnieuw onder Mijn producten of neem contact op met CPS Priority support.',
          ],
        };
  }
  return p.code
    ? {
        subject: `Your code to link your old CPS account: ${p.code}`,
        heading: 'Link your old CPS account',
        paragraphs: [
          `${p.organisation} wants to link this e-mail address of your old CPS account to its Business account, so that your previously registered products can be migrated.`,
          `Your code is ${p.code}. Enter it on the My products page. The code is valid for 30 minutes. If you did not ask for this, ignore this message.`,
        ],
      }
    : {
        subject: 'No old CPS account found',
        heading: 'Link your old CPS account',
        paragraphs: [
          `${p.organisation} wanted to link this e-mail address as an old CPS account, but we found no old CPS account with this address.`,
          'Check the address, register your products again under My products, or contact CPS Priority support.',
        ],
      };
}
