import { z } from 'zod';
import { CardCheckout } from './billing.js';
import { PaymentMethod } from './programme.js';

export const TierCategory = z.enum(['individual', 'corporate']);
export const Tier = z.object({
  code: z.string(),
  version: z.number().int(),
  category: TierCategory,
  name: z.string(),
  minPoints: z.number().int(),
  priceMinor: z.number().int(),
  currency: z.string(),
  benefits: z.array(z.string()),
  /** Selectable with the organisation's points. */
  eligible: z.boolean(),
  pointsToGo: z.number().int(),
});
export type Tier = z.infer<typeof Tier>;

export const MembershipStatus = z.enum(['active', 'suspended', 'expired', 'cancelled']);
export const Membership = z.object({
  id: z.uuid(),
  membershipNumber: z.string(),
  previousMembershipNumber: z.string().nullable(),
  tierCode: z.string(),
  tierName: z.string(),
  category: TierCategory,
  status: MembershipStatus,
  startsOn: z.string(),
  endsOn: z.string(),
  /** An unpaid invoice: until when the membership stays usable before suspension. */
  unpaidDueOn: z.string().nullable(),
});
export type Membership = z.infer<typeof Membership>;

export const MembershipPage = z.object({
  balance: z.number().int(),
  invitationThreshold: z.number().int(),
  /** Points still missing for the first tier (0 when eligible for one). */
  pointsMissing: z.number().int(),
  /** More than 2,500 points: the "Available CPS categories" switch between Corporate and Silver/Gold/Platinum. */
  categorySwitch: z.boolean(),
  tiers: z.array(Tier),
  membership: Membership.nullable(),
  previousMembershipNumber: z.string().nullable(),
  paymentMethods: z.array(PaymentMethod),
  vatRegistered: z.boolean(),
  country: z.string(),
});
export type MembershipPage = z.infer<typeof MembershipPage>;

export const Quote = z.object({
  tierCode: z.string(),
  kind: z.enum(['new', 'renewal', 'upgrade']),
  currency: z.string(),
  netMinor: z.number().int(),
  vatRateBasisPoints: z.number().int(),
  vatMinor: z.number().int(),
  totalMinor: z.number().int(),
  vatTreatment: z.enum(['domestic', 'reverse_charge', 'outside_scope']),
  startsOn: z.string(),
  endsOn: z.string(),
  /** The invoice's due date (payment term after today). */
  dueOn: z.string(),
  /**
   * A direct debit is collected on this date, the one its pre-notification will announce: the due
   * date, or the first business day after it (`not_a_business_day`), or later to respect the
   * notice period (`notice_period`).
   */
  collectionOn: z.string(),
  collectionReason: z.enum(['due_date', 'not_a_business_day', 'notice_period']),
});
export type Quote = z.infer<typeof Quote>;
export const QuoteQuery = z.object({
  tierCode: z.string().max(30),
  kind: z.enum(['new', 'renewal', 'upgrade']).default('new'),
});

export const SepaMandateInput = z.object({
  iban: z.string().trim().max(42),
  accountHolder: z.string().trim().min(2).max(70),
  consent: z.literal(true),
});
export const PurchaseInput = z.object({
  idempotencyKey: z.uuid(),
  tierCode: z.string().max(30),
  kind: z.enum(['new', 'renewal', 'upgrade']).default('new'),
  paymentMethod: PaymentMethod,
  sepa: SepaMandateInput.optional(),
  acceptTerms: z.literal(true),
});
export type PurchaseInput = z.infer<typeof PurchaseInput>;
export const PurchaseResult = z.object({
  orderId: z.uuid(),
  quote: Quote,
  paymentMethod: PaymentMethod,
  dueOn: z.string(),
  membership: Membership,
  /** Card: the provider's hosted payment page to go to now (null once paid, or for other methods). */
  checkout: CardCheckout.nullable(),
});
export type PurchaseResult = z.infer<typeof PurchaseResult>;

export const MembershipHistoryEntry = z.object({
  at: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  fromTier: z.string().nullable(),
  toTier: z.string().nullable(),
  reason: z.string(),
});
export const MembershipHistory = z.object({ items: z.array(MembershipHistoryEntry) });

export const TierInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_-]{1,29}$/),
  category: TierCategory,
  minPoints: z.number().int().min(0),
  prices: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().int().min(0)),
  names: z.object({ nl: z.string().min(1).max(60), en: z.string().min(1).max(60) }),
  benefits: z.object({ nl: z.array(z.string().max(200)).max(20), en: z.array(z.string().max(200)).max(20) }),
  rank: z.number().int(),
  active: z.boolean(),
});
export type TierInput = z.infer<typeof TierInput>;
export const AdminTier = TierInput.extend({ id: z.uuid(), version: z.number().int(), createdAt: z.string() });
export const AdminTierList = z.object({ items: z.array(AdminTier) });
