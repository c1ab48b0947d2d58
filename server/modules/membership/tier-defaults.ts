import type { TierInput } from '../../../contracts/membership.js';

/** The programme defaults (DESIGN.md §3); admins change them, each change a new version. */
export const DEFAULT_TIERS: TierInput[] = [
  {
    code: 'silver',
    category: 'individual',
    minPoints: 500,
    prices: { EUR: 10_000 },
    names: { en: 'Silver', nl: 'Zilver' },
    benefits: {
      en: ['Priority repairs with a faster turnaround', 'Discount on maintenance', 'CPS Priority support by e-mail'],
      nl: [
        'Voorrang bij reparaties met kortere doorlooptijd',
        'Korting op onderhoud',
        'CPS Priority support per e-mail',
      ],
    },
    rank: 1,
    active: true,
  },
  {
    code: 'gold',
    category: 'individual',
    minPoints: 1000,
    prices: { EUR: 20_000 },
    names: { en: 'Gold', nl: 'Goud' },
    benefits: {
      en: [
        'Everything in Silver',
        'Free return shipping for repairs',
        'Loan equipment while yours is repaired',
        'CPS Priority support by phone',
      ],
      nl: [
        'Alles van Zilver',
        'Gratis retourzending bij reparaties',
        'Leenapparatuur tijdens reparatie',
        'CPS Priority support per telefoon',
      ],
    },
    rank: 2,
    active: true,
  },
  {
    code: 'platinum',
    category: 'individual',
    minPoints: 1600,
    prices: { EUR: 35_000 },
    names: { en: 'Platinum', nl: 'Platina' },
    benefits: {
      en: ['Everything in Gold', 'Express repairs', 'Free sensor cleaning twice a year', 'Event support on location'],
      nl: [
        'Alles van Goud',
        'Spoedreparaties',
        'Twee keer per jaar gratis sensorreiniging',
        'Ondersteuning op locatie bij evenementen',
      ],
    },
    rank: 3,
    active: true,
  },
  {
    code: 'corporate',
    category: 'corporate',
    minPoints: 2501,
    prices: { EUR: 100_000 },
    names: { en: 'Corporate', nl: 'Corporate' },
    benefits: {
      en: [
        'Membership for the whole organisation',
        'A dedicated account manager',
        'Priority repairs for all registered equipment',
        'Loan equipment pool',
      ],
      nl: [
        'Lidmaatschap voor de hele organisatie',
        'Een eigen accountmanager',
        'Voorrang bij reparaties voor alle geregistreerde apparatuur',
        'Pool met leenapparatuur',
      ],
    },
    rank: 4,
    active: true,
  },
];
