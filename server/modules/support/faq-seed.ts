import type { FaqInput } from '../../../contracts/support.js';

type Seed = Omit<FaqInput, 'locale' | 'title' | 'body' | 'published'> & { en: [string, string]; nl: [string, string] };

/**
 * The FAQ a new installation starts with. Each answer states this product's actual rules (the
 * customer guide and the programme defaults), so the FAQ never contradicts the product; admins
 * edit the articles when the rules change.
 */
const SEED: Seed[] = [
  {
    key: 'request-business-account',
    category: 'business_account',
    position: 1,
    en: [
      'How do I get a Business account?',
      'Request one through the registration page: give your organisation, its company details, a contact person and a company document, and confirm that you are authorised to provide these details. We validate your application within 2 working days (weekends and public holidays not counted). You receive an e-mail with a reference and a link to follow the status. As soon as your account is ready, you receive an automatic e-mail from the no-reply address to set your password. Do not try to reset your password before you have received that e-mail.',
    ],
    nl: [
      'Hoe krijg ik een Business-account?',
      'Vraag er een aan via de registratiepagina: vul uw organisatie, de bedrijfsgegevens, een contactpersoon en een bedrijfsdocument in, en bevestig dat u bevoegd bent deze gegevens te verstrekken. We controleren uw aanvraag binnen 2 werkdagen (weekends en feestdagen tellen niet mee). U ontvangt een e-mail met een referentie en een link om de status te volgen. Zodra uw account klaar is, ontvangt u een automatische e-mail van het no-reply-adres om uw wachtwoord in te stellen. Probeer uw wachtwoord niet opnieuw in te stellen voordat u die e-mail hebt ontvangen.',
    ],
  },
  {
    key: 'which-documents',
    category: 'business_account',
    position: 2,
    en: [
      'Which documents do I need to attach?',
      'If your organisation is VAT-registered: a VAT registration certificate, or a company invoice on which the VAT number and the name of the organisation are clearly visible. Without a VAT number: ONE of a company invoice, a business or professional licence, or an extract from the Chamber of Commerce, showing the name and address of the organisation. Attach PDF, JPEG or PNG files of at most 10 MB each, at most 3 files.',
    ],
    nl: [
      'Welke documenten moet ik bijvoegen?',
      'Als uw organisatie btw-geregistreerd is: een btw-registratiecertificaat, of een bedrijfsfactuur waarop het btw-nummer en de naam van de organisatie duidelijk zichtbaar zijn. Zonder btw-nummer: ÉÉN van deze documenten: een bedrijfsfactuur, een bedrijfs- of beroepsvergunning of een uittreksel van de Kamer van Koophandel, met de naam en het adres van de organisatie. Voeg PDF-, JPEG- of PNG-bestanden toe van maximaal 10 MB per stuk, maximaal 3 bestanden.',
    ],
  },
  {
    key: 'no-set-password-email',
    category: 'business_account',
    position: 3,
    en: [
      'I have not received the e-mail to set my password',
      'Validation takes up to 2 working days; the status link in the "application received" e-mail shows where your application is. If it is approved and the e-mail did not arrive, use "Send the set-password e-mail again" on the log-in page. The link in that e-mail is valid for 72 hours and works once.',
    ],
    nl: [
      'Ik heb de e-mail om mijn wachtwoord in te stellen niet ontvangen',
      'De controle duurt maximaal 2 werkdagen; de statuslink in de e-mail "aanvraag ontvangen" laat zien waar uw aanvraag staat. Is die goedgekeurd en kwam de e-mail niet aan, gebruik dan "De e-mail opnieuw sturen" op de inlogpagina. De link in die e-mail is 72 uur geldig en werkt één keer.',
    ],
  },
  {
    key: 'why-no-migrate-button',
    category: 'migration',
    position: 1,
    en: [
      "Why don't I see the MIGRATE PRODUCTS button?",
      'The blue MIGRATE PRODUCTS button on My products appears only when your old CPS e-mail address is linked to your Business account and it has products that are not migrated yet. If you did not give your old e-mail address when you applied, you can link it now on My products: we send a code to that old address, and once you enter it the button appears. You can also register your products again, or contact CPS Priority support.',
    ],
    nl: [
      'Waarom zie ik de knop PRODUCTEN MIGREREN niet?',
      'De blauwe knop PRODUCTEN MIGREREN op Mijn producten verschijnt alleen als uw oude CPS-e-mailadres aan uw Business-account is gekoppeld en er nog producten te migreren zijn. Hebt u uw oude e-mailadres niet opgegeven bij uw aanvraag, dan kunt u het nu koppelen op Mijn producten: we sturen een code naar dat oude adres, en zodra u die invult verschijnt de knop. U kunt uw producten ook opnieuw registreren of contact opnemen met CPS Priority support.',
    ],
  },
  {
    key: 'migrated-products-incomplete',
    category: 'migration',
    position: 2,
    en: [
      'Some migrated products have no green check',
      'A product earns its points only when its model, serial number, purchase date, country of purchase and dealer are known. Open it with "View product" and fill in what is missing. If you no longer know the exact details, give your best estimate. A product that another organisation has already registered is not migrated; contact CPS Priority support about it.',
    ],
    nl: [
      'Sommige gemigreerde producten hebben geen groen vinkje',
      'Een product levert pas punten op als het model, serienummer, de aankoopdatum, het land van aankoop en de dealer bekend zijn. Open het met "Product bekijken" en vul aan wat ontbreekt. Weet u de precieze gegevens niet meer, geef dan uw beste schatting. Een product dat al door een andere organisatie is geregistreerd, wordt niet gemigreerd; neem daarover contact op met CPS Priority support.',
    ],
  },
  {
    key: 'how-points-work',
    category: 'points',
    position: 1,
    en: [
      'How do I earn points?',
      'Every complete product you register earns the points of its model; accessories and consumables earn 0 points. A product is complete — with a green check — when its model, serial number, purchase date, country of purchase and dealer are filled in. If the point value of a model changes later, products already registered keep the points they earned. Selling, removing or transferring a product takes its points off again.',
    ],
    nl: [
      'Hoe verdien ik punten?',
      'Elk volledig geregistreerd product levert de punten van zijn model op; accessoires en verbruiksartikelen leveren 0 punten op. Een product is volledig — met een groen vinkje — als het model, serienummer, de aankoopdatum, het land van aankoop en de dealer zijn ingevuld. Verandert de puntwaarde van een model later, dan houden al geregistreerde producten de punten die ze opleverden. Verkoopt, verwijdert of draagt u een product over, dan gaan de punten er weer af.',
    ],
  },
  {
    key: 'serial-registered-elsewhere',
    category: 'points',
    position: 2,
    en: [
      'My product is already registered by another organisation',
      'A model and serial number can be registered by one organisation at a time. If the product is yours, contact CPS Priority support: our staff see the conflict and can sort it out.',
    ],
    nl: [
      'Mijn product is al geregistreerd door een andere organisatie',
      'Een model met serienummer kan door één organisatie tegelijk geregistreerd zijn. Is het product van u, neem dan contact op met CPS Priority support: onze medewerkers zien het conflict en kunnen het oplossen.',
    ],
  },
  {
    key: 'membership-levels',
    category: 'tiers',
    position: 1,
    en: [
      'Which CPS membership levels can I choose?',
      'As soon as your account holds at least 500 points, you are invited to become a CPS member. Silver needs 500 points (EUR 100 a year), Gold 1,000 points (EUR 200) and Platinum 1,600 points (EUR 350), so with 2,000 points you can choose any of them. With more than 2,500 points you can also choose Corporate (EUR 1,000 a year): switch between Corporate and Silver/Gold/Platinum with the ON/OFF switch under "Available CPS categories". Prices exclude VAT.',
    ],
    nl: [
      'Welke CPS-lidmaatschapsniveaus kan ik kiezen?',
      'Zodra uw account minstens 500 punten heeft, wordt u uitgenodigd om CPS-lid te worden. Zilver vraagt 500 punten (EUR 100 per jaar), Goud 1.000 punten (EUR 200) en Platina 1.600 punten (EUR 350); met 2.000 punten kunt u dus elk niveau kiezen. Met meer dan 2.500 punten kunt u ook Corporate kiezen (EUR 1.000 per jaar): wissel tussen Corporate en Zilver/Goud/Platina met de AAN/UIT-schakelaar onder "Beschikbare CPS-categorieën". Prijzen zijn exclusief btw.',
    ],
  },
  {
    key: 'how-to-pay',
    category: 'payment',
    position: 1,
    en: [
      'How can I pay, and when?',
      'Choose credit card, bank transfer or SEPA direct debit when you buy. You receive an invoice with a due date 30 days after it is issued. With direct debit the fee is not charged at once but collected on the due date. With bank transfer you pay before the due date; note that your bank may charge local costs. You can use your membership immediately. If an invoice is still unpaid 14 days after its due date, the membership is suspended until the payment arrives.',
    ],
    nl: [
      'Hoe en wanneer betaal ik?',
      'Kies bij de aankoop creditcard, bankoverschrijving of SEPA-incasso. U ontvangt een factuur met een vervaldatum 30 dagen na de factuurdatum. Bij incasso wordt het bedrag niet direct afgeschreven maar op de vervaldatum geïncasseerd. Bij een bankoverschrijving betaalt u vóór de vervaldatum; let op: uw bank kan lokale kosten rekenen. U kunt uw lidmaatschap direct gebruiken. Is een factuur 14 dagen na de vervaldatum nog niet betaald, dan wordt het lidmaatschap opgeschort tot de betaling binnen is.',
    ],
  },
  {
    key: 'membership-number-changed',
    category: 'membership_number',
    position: 1,
    en: [
      'Why has my CPS membership number changed?',
      'When you join CPS in the new programme you get a new membership number, also if you had a membership before. Your previous membership number stays visible as "previous number" on your membership page and card. Renewing keeps your current number.',
    ],
    nl: [
      'Waarom is mijn CPS-lidmaatschapsnummer veranderd?',
      'Als u lid wordt van CPS in het nieuwe programma, krijgt u een nieuw lidmaatschapsnummer, ook als u eerder lid was. Uw vorige lidmaatschapsnummer blijft zichtbaar als "vorig nummer" op uw lidmaatschapspagina en -kaart. Bij verlenging houdt u uw huidige nummer.',
    ],
  },
  {
    key: 'renewal-and-expiry',
    category: 'membership_number',
    position: 2,
    en: [
      'How long does a membership run, and how do I renew?',
      'A membership runs for one year. We remind you 60 and 14 days before it ends. A renewal continues from the current end date, so you lose no days by renewing early. A membership that is not renewed expires at the end of its term.',
    ],
    nl: [
      'Hoe lang loopt een lidmaatschap en hoe verleng ik?',
      'Een lidmaatschap loopt één jaar. We herinneren u 60 en 14 dagen voor het einde. Een verlenging loopt door vanaf de huidige einddatum, dus u verliest geen dagen als u vroeg verlengt. Een lidmaatschap dat niet wordt verlengd, verloopt aan het einde van de looptijd.',
    ],
  },
];

export const FAQ_SEED: FaqInput[] = SEED.flatMap(({ en, nl, ...rest }) => [
  { ...rest, locale: 'en' as const, title: en[0], body: en[1], published: true },
  { ...rest, locale: 'nl' as const, title: nl[0], body: nl[1], published: true },
]);
