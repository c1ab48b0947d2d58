import { z } from 'zod';
import { Invoice } from './billing.js';
import { MembershipStatus } from './membership.js';
import { PointsSummary } from './products.js';

/** An invoice the customer still has to pay (or that is waiting for its direct debit). */
export const OpenInvoice = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  /** What is still open: the total less what was paid. */
  openMinor: z.number().int(),
  currency: z.string(),
  dueDate: z.string().nullable(),
  /** Failed: a card payment or a direct debit that came back; the customer pays another way. */
  paymentStatus: z.enum(['pending', 'partially_paid', 'overdue', 'failed']),
  paymentMethod: Invoice.shape.paymentMethod,
  /** Direct debit: the announced collection date (null until the pre-notification). */
  collectionDate: z.string().nullable(),
});
export type OpenInvoice = z.infer<typeof OpenInvoice>;

/**
 * One thing the customer can do next, most urgent first: the first is the page's primary action.
 * Direct debits waiting for their collection are no step (nothing to do), only shown.
 */
export const NextStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pay_invoice'), invoice: OpenInvoice }),
  /** Products of the linked old programme account wait for MIGRATE PRODUCTS on My products. */
  z.object({ kind: z.literal('migrate_products'), count: z.number().int() }),
  z.object({ kind: z.literal('register_products') }),
  /** Products without their green check: details missing, no points yet. */
  z.object({ kind: z.literal('complete_products'), count: z.number().int() }),
  /** Invited (or enough points) and not a member: the membership page. */
  z.object({ kind: z.literal('join_cps') }),
]);
export type NextStep = z.infer<typeof NextStep>;

/** The customer's home page: where the organisation stands and what to do next. */
export const CustomerOverview = z.object({
  points: PointsSummary.pick({ balance: true, nextTier: true, invitationThreshold: true }),
  products: z.object({ total: z.number().int(), incomplete: z.number().int() }),
  membership: z
    .object({
      membershipNumber: z.string(),
      tierCode: z.string(),
      tierName: z.string(),
      status: MembershipStatus,
      endsOn: z.string(),
    })
    .nullable(),
  invoices: z.object({
    open: z.array(OpenInvoice),
    /** Orders whose invoice is still being made. */
    awaiting: z.number().int(),
  }),
  support: z.object({
    /** Tickets not resolved yet. */
    open: z.number().int(),
    /** Of those, the ones waiting for the customer's answer. */
    waitingForCustomer: z.number().int(),
  }),
  steps: z.array(NextStep),
});
export type CustomerOverview = z.infer<typeof CustomerOverview>;
