import type { Locale } from '../../../contracts/common.js';
import { longDate } from '../../platform/i18n/format.js';
import type { EmailContent } from '../../platform/mail/layout.js';

const date = longDate;

type Card = {
  firstName: string;
  tierName: string;
  number: string;
  previous: string | null;
  startsOn: string;
  endsOn: string;
  url: string;
};

export function welcomeEmail(locale: Locale, p: Card & { paymentNote: string }): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl ? `Welkom bij CPS ${p.tierName}` : `Welcome to CPS ${p.tierName}`,
    heading: nl ? `Beste ${p.firstName},` : `Dear ${p.firstName},`,
    paragraphs: [
      nl
        ? `Uw CPS-lidmaatschap ${p.tierName} is actief. U kunt het direct gebruiken.`
        : `Your CPS ${p.tierName} membership is active. You can use it immediately.`,
      ...(p.previous
        ? [
            nl
              ? `Let op: uw lidmaatschapsnummer is veranderd. Uw vorige nummer was ${p.previous}.`
              : `Note that your membership number has changed. Your previous number was ${p.previous}.`,
          ]
        : []),
      p.paymentNote,
    ],
    facts: [
      [nl ? 'Lidmaatschapsnummer' : 'Membership number', p.number],
      [nl ? 'Niveau' : 'Level', p.tierName],
      [nl ? 'Geldig' : 'Valid', `${date(locale, p.startsOn)} – ${date(locale, p.endsOn)}`],
    ],
    action: { label: nl ? 'Digitale lidmaatschapskaart' : 'Digital membership card', url: p.url },
  };
}

export function reminderEmail(locale: Locale, p: Card & { daysLeft: number }): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl
      ? `Uw CPS-lidmaatschap verloopt op ${date(locale, p.endsOn)}`
      : `Your CPS membership ends on ${date(locale, p.endsOn)}`,
    heading: nl ? `Beste ${p.firstName},` : `Dear ${p.firstName},`,
    paragraphs: [
      nl
        ? `Uw CPS-lidmaatschap ${p.tierName} (${p.number}) verloopt over ${p.daysLeft} dagen. Verleng het om de voordelen te houden; een verlenging loopt door vanaf de huidige einddatum.`
        : `Your CPS ${p.tierName} membership (${p.number}) ends in ${p.daysLeft} days. Renew it to keep its benefits; a renewal continues from the current end date.`,
    ],
    action: { label: nl ? 'Lidmaatschap verlengen' : 'Renew membership', url: p.url },
  };
}

export function suspendedEmail(locale: Locale, p: Card & { dueOn: string }): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl ? 'Uw CPS-lidmaatschap is opgeschort' : 'Your CPS membership is suspended',
    heading: nl ? `Beste ${p.firstName},` : `Dear ${p.firstName},`,
    paragraphs: [
      nl
        ? `We hebben de betaling voor uw CPS-lidmaatschap (${p.number}) niet ontvangen; de factuur moest uiterlijk ${date(locale, p.dueOn)} betaald zijn. Uw lidmaatschap is daarom opgeschort.`
        : `We have not received the payment for your CPS membership (${p.number}); the invoice was due on ${date(locale, p.dueOn)}. Your membership is therefore suspended.`,
      nl
        ? 'Zodra de betaling binnen is, wordt uw lidmaatschap direct hersteld.'
        : 'As soon as the payment arrives, your membership is restored at once.',
    ],
    action: { label: nl ? 'Naar mijn lidmaatschap' : 'Go to my membership', url: p.url },
  };
}

export function cancelledUnpaidEmail(locale: Locale, p: Card & { dueOn: string }): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl ? 'Uw CPS-lidmaatschap is beëindigd' : 'Your CPS membership has been cancelled',
    heading: nl ? `Beste ${p.firstName},` : `Dear ${p.firstName},`,
    paragraphs: [
      nl
        ? `De factuur voor uw CPS-lidmaatschap (${p.number}) moest uiterlijk ${date(locale, p.dueOn)} betaald zijn en staat nog steeds open. Uw lidmaatschap is daarom beëindigd.`
        : `The invoice for your CPS membership (${p.number}) was due on ${date(locale, p.dueOn)} and is still unpaid. Your membership has therefore been cancelled.`,
      nl
        ? 'U kunt op elk moment opnieuw lid worden. Vragen? Neem contact op met CPS Priority support.'
        : 'You can join again at any time. Questions? Contact CPS Priority support.',
    ],
    action: { label: nl ? 'Naar mijn lidmaatschap' : 'Go to my membership', url: p.url },
  };
}

export function restoredEmail(locale: Locale, p: Card): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl ? 'Uw CPS-lidmaatschap is hersteld' : 'Your CPS membership is restored',
    heading: nl ? `Beste ${p.firstName},` : `Dear ${p.firstName},`,
    paragraphs: [
      nl
        ? `Dank u voor uw betaling. Uw CPS-lidmaatschap ${p.tierName} (${p.number}) is weer actief.`
        : `Thank you for your payment. Your CPS ${p.tierName} membership (${p.number}) is active again.`,
    ],
    action: { label: nl ? 'Naar mijn lidmaatschap' : 'Go to my membership', url: p.url },
  };
}
