import type { Locale } from '../../../contracts/common.js';
import type { DocumentKind } from '../../../contracts/registration.js';
import { longDate } from '../../platform/i18n/format.js';
import type { EmailContent } from '../../platform/mail/layout.js';

const KIND: Record<Locale, Record<DocumentKind, string>> = {
  en: {
    vat_certificate: 'VAT registration certificate',
    company_invoice: 'company invoice',
    business_licence: 'business or professional licence',
    chamber_extract: 'Chamber of Commerce extract',
  },
  nl: {
    vat_certificate: 'btw-registratiecertificaat',
    company_invoice: 'bedrijfsfactuur',
    business_licence: 'bedrijfs- of beroepsvergunning',
    chamber_extract: 'uittreksel van de Kamer van Koophandel',
  },
};

export const REJECT_REASON_TEXT: Record<Locale, Record<string, string>> = {
  en: {
    document_unreadable: 'The documents could not be read.',
    document_mismatch: 'The documents do not show the organisation name, address or VAT number you entered.',
    not_authorised: 'We could not confirm that you are authorised to register this organisation.',
    not_professional: 'The programme is for professional organisations only.',
    country_not_participating: 'The organisation is not established in a participating country.',
    duplicate: 'This organisation already has a Business account or an application.',
    other: 'The application does not meet the programme conditions.',
  },
  nl: {
    document_unreadable: 'De documenten waren niet leesbaar.',
    document_mismatch: 'De documenten tonen niet de organisatienaam, het adres of het btw-nummer dat u invulde.',
    not_authorised: 'We konden niet bevestigen dat u bevoegd bent deze organisatie te registreren.',
    not_professional: 'Het programma is alleen voor professionele organisaties.',
    country_not_participating: 'De organisatie is niet gevestigd in een deelnemend land.',
    duplicate: 'Deze organisatie heeft al een Business-account of een aanvraag.',
    other: 'De aanvraag voldoet niet aan de voorwaarden van het programma.',
  },
};

const formatDate = longDate;

export function receivedEmail(
  locale: Locale,
  p: { firstName: string; organisation: string; reference: string; expectedDate: string; statusUrl: string },
): EmailContent {
  return locale === 'nl'
    ? {
        subject: `Aanvraag ontvangen (${p.reference})`,
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          `We hebben uw aanvraag voor een Business-account voor ${p.organisation} ontvangen.`,
          'Ons team controleert uw gegevens en documenten. Dat duurt maximaal 2 werkdagen. Zodra uw account klaar is, ontvangt u een e-mail om uw wachtwoord in te stellen. Probeer uw wachtwoord niet eerder opnieuw in te stellen.',
        ],
        facts: [
          ['Referentie', p.reference],
          ['Verwachte beslissing uiterlijk', formatDate(locale, p.expectedDate)],
        ],
        action: { label: 'Status van uw aanvraag bekijken', url: p.statusUrl },
      }
    : {
        subject: `Application received (${p.reference})`,
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          `We have received your application for a Business account for ${p.organisation}.`,
          'Our team checks your details and documents. This takes up to 2 working days. As soon as your account is ready, you receive an e-mail to set your password. Please do not try to reset your password before then.',
        ],
        facts: [
          ['Reference', p.reference],
          ['Expected decision by', formatDate(locale, p.expectedDate)],
        ],
        action: { label: 'View the status of your application', url: p.statusUrl },
      };
}

export function moreInfoEmail(
  locale: Locale,
  p: { firstName: string; reference: string; documents: DocumentKind[]; note?: string; statusUrl: string },
): EmailContent {
  const docs = p.documents.map((d) => KIND[locale][d]).join(', ');
  return locale === 'nl'
    ? {
        subject: `Meer informatie nodig voor uw aanvraag (${p.reference})`,
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          `Om uw aanvraag te kunnen beoordelen, hebben we het volgende nodig: ${docs}.`,
          ...(p.note ? [`Toelichting van ons team: ${p.note}`] : []),
          'Upload de documenten via de knop hieronder. Daarna beoordelen we uw aanvraag binnen 2 werkdagen.',
        ],
        facts: [['Referentie', p.reference]],
        action: { label: 'Documenten uploaden', url: p.statusUrl },
      }
    : {
        subject: `More information needed for your application (${p.reference})`,
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          `To assess your application we need: ${docs}.`,
          ...(p.note ? [`Note from our team: ${p.note}`] : []),
          'Upload the documents with the button below. We then assess your application within 2 working days.',
        ],
        facts: [['Reference', p.reference]],
        action: { label: 'Upload documents', url: p.statusUrl },
      };
}

export function rejectedEmail(
  locale: Locale,
  p: { firstName: string; reference: string; reason: string; note?: string },
): EmailContent {
  const reason = REJECT_REASON_TEXT[locale][p.reason] ?? REJECT_REASON_TEXT[locale].other!;
  return locale === 'nl'
    ? {
        subject: `Uw aanvraag is afgewezen (${p.reference})`,
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          'Helaas kunnen we uw aanvraag voor een Business-account niet goedkeuren.',
          `Reden: ${reason}`,
          ...(p.note ? [`Toelichting: ${p.note}`] : []),
          'U kunt een nieuwe aanvraag indienen of contact opnemen met CPS Priority support.',
        ],
        facts: [['Referentie', p.reference]],
      }
    : {
        subject: `Your application was not approved (${p.reference})`,
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          'Unfortunately we cannot approve your application for a Business account.',
          `Reason: ${reason}`,
          ...(p.note ? [`Note: ${p.note}`] : []),
          'You can submit a new application or contact CPS Priority support.',
        ],
        facts: [['Reference', p.reference]],
      };
}

/** Sent to the address concerned when a registration is refused as a duplicate. */
export function duplicateEmail(
  locale: Locale,
  p: {
    firstName: string;
    kind: 'open_application' | 'account' | 'organisation';
    reference?: string;
    statusUrl?: string;
    loginUrl: string;
    forgotUrl?: string;
    /**
     * The submission was stored (its answer must not differ from a new address's), to be closed
     * by a validator as a duplicate: the e-mail says so instead of "not accepted".
     */
    accepted?: boolean;
  },
): EmailContent {
  const en = {
    open_application: `You already have an application in progress (reference ${p.reference}). You do not need to apply again: follow its status with the button below.`,
    account:
      'This e-mail address already belongs to a Business account. Log in, or use "Forgot password" on the log-in page if you no longer know your password.',
    organisation:
      'An organisation with this VAT number already has a Business account or an application in progress. If you work for that organisation, ask its Superuser to invite you as a colleague. Otherwise, contact CPS Priority support.',
  };
  const nl = {
    open_application: `U hebt al een aanvraag in behandeling (referentie ${p.reference}). U hoeft niet opnieuw aan te vragen: volg de status via de knop hieronder.`,
    account:
      'Dit e-mailadres hoort al bij een Business-account. Log in, of gebruik "Wachtwoord vergeten" op de inlogpagina als u uw wachtwoord niet meer weet.',
    organisation:
      'Een organisatie met dit btw-nummer heeft al een Business-account of een aanvraag in behandeling. Werkt u voor die organisatie, vraag dan de Superuser u als collega uit te nodigen. Neem anders contact op met CPS Priority support.',
  };
  const action =
    p.kind === 'open_application' && p.statusUrl
      ? { label: locale === 'nl' ? 'Status bekijken' : 'View status', url: p.statusUrl }
      : p.kind === 'account'
        ? { label: locale === 'nl' ? 'Inloggen' : 'Log in', url: p.loginUrl }
        : undefined;
  return {
    subject: locale === 'nl' ? 'Over uw aanvraag voor een Business-account' : 'About your Business account application',
    heading: locale === 'nl' ? `Beste ${p.firstName},` : `Dear ${p.firstName},`,
    paragraphs: [
      p.accepted
        ? locale === 'nl'
          ? 'Er is een aanvraag voor een Business-account gedaan met dit e-mailadres. Was u dat niet, dan hoeft u niets te doen: de aanvraag wordt als dubbel gesloten.'
          : 'An application for a Business account was made with this e-mail address. If it was not you, you need not do anything: the application will be closed as a duplicate.'
        : locale === 'nl'
          ? 'We hebben uw aanvraag voor een Business-account niet aangenomen.'
          : 'We did not accept your application for a Business account.',
      (locale === 'nl' ? nl : en)[p.kind],
      ...(p.kind === 'account' && p.forgotUrl
        ? [
            locale === 'nl'
              ? `Wachtwoord vergeten? Vraag een nieuwe link aan via ${p.forgotUrl}.`
              : `Forgot your password? Ask for a new link at ${p.forgotUrl}.`,
          ]
        : []),
    ],
    ...(action ? { action } : {}),
  };
}

/** Forgot password while the application is still being validated (seed step 4: do not reset yet). */
export function stillValidatingEmail(
  locale: Locale,
  p: { firstName: string; reference: string; statusUrl: string },
): EmailContent {
  return locale === 'nl'
    ? {
        subject: `Uw aanvraag wordt nog gecontroleerd (${p.reference})`,
        heading: `Beste ${p.firstName},`,
        paragraphs: [
          'U vroeg om uw wachtwoord opnieuw in te stellen, maar uw Business-account wordt nog gecontroleerd. U hebt dus nog geen wachtwoord.',
          'Zodra uw account klaar is, ontvangt u automatisch een e-mail om uw wachtwoord in te stellen. De status van uw aanvraag ziet u via de knop hieronder.',
        ],
        facts: [['Referentie', p.reference]],
        action: { label: 'Status bekijken', url: p.statusUrl },
      }
    : {
        subject: `Your application is still being checked (${p.reference})`,
        heading: `Dear ${p.firstName},`,
        paragraphs: [
          'You asked to reset your password, but your Business account is still being checked, so you do not have a password yet.',
          'As soon as your account is ready, you automatically receive an e-mail to set your password. You can see the status of your application with the button below.',
        ],
        facts: [['Reference', p.reference]],
        action: { label: 'View status', url: p.statusUrl },
      };
}
