import { z } from 'zod';
import { COUNTRIES } from './common.js';
import { Category } from './products.js';

export const PAYMENT_METHODS = ['card', 'bank_transfer', 'sepa_debit'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const OVERDUE_ACTIONS = ['reminder', 'suspend', 'cancel'] as const;
export const OverdueStep = z.object({
  days: z.number().int().min(-60).max(365),
  action: z.enum(OVERDUE_ACTIONS),
});
export type OverdueStep = z.infer<typeof OverdueStep>;
export const OverduePolicy = z
  .array(OverdueStep)
  .max(20)
  .superRefine((steps, ctx) => {
    const at = (action: OverdueStep['action']) => steps.filter((s) => s.action === action);
    for (const action of ['suspend', 'cancel'] as const) {
      if (at(action).length > 1) ctx.addIssue({ code: 'custom', message: 'field.overdue_policy', path: [] });
      if (at(action).some((s) => s.days < 0))
        ctx.addIssue({ code: 'custom', message: 'field.overdue_policy', path: [] });
    }
    const suspend = at('suspend')[0];
    const cancel = at('cancel')[0];
    if (suspend && cancel && cancel.days <= suspend.days)
      ctx.addIssue({ code: 'custom', message: 'field.overdue_policy', path: [] });
  });

export const ProgrammeSettings = z.object({
  invitationThreshold: z.number().int().min(1).max(1_000_000),
  /** Per-category serial number patterns (regular expressions on the normalised serial number). */
  serialPatterns: z.partialRecord(Category, z.string().max(200)),
  /** Payment methods offered per country; countries not listed get `default`. */
  paymentMethods: z.object({ default: z.array(PaymentMethod).min(1) }).catchall(z.array(PaymentMethod).min(1)),
  /** Days after the issue date that an invoice is due. */
  paymentTermDays: z.number().int().min(0).max(365),
  /**
   * The overdue policy: days relative to an invoice's due date (negative = before) and what happens
   * then to an unpaid invoice: a reminder e-mail, suspending the membership, cancelling it.
   */
  overduePolicy: OverduePolicy,
  /** SEPA direct debit: pre-notification and collection timing, in business days. */
  directDebit: z.object({
    /** The pre-notification e-mail goes this many business days before the collection date (at least 2). */
    preNotificationDays: z.number().int().min(2).max(30),
    /** A collection run is written this many business days before the collection date. */
    leadDays: z.number().int().min(0).max(10),
  }),
  /** Whether cancelling during the term refunds the unused part (off by default). */
  refundOnCancel: z.boolean(),
  /** The seller's VAT: its country and the domestic rate in basis points (2100 = 21%). */
  vat: z.object({ sellerCountry: z.enum(COUNTRIES), domesticRateBasisPoints: z.number().int().min(0).max(10_000) }),
  /** The seller as printed on invoices, with the account bank transfers go to. */
  seller: z.object({
    name: z.string().min(1).max(200),
    street: z.string().min(1).max(200),
    postcode: z.string().min(1).max(20),
    city: z.string().min(1).max(100),
    country: z.enum(COUNTRIES),
    vatNumber: z.string().min(4).max(20),
    registrationNumber: z.string().max(40),
    iban: z.string().min(15).max(34),
    bic: z.string().min(8).max(11),
    /** SEPA creditor identifier for direct debits. */
    sepaCreditorId: z.string().min(8).max(35),
    email: z.string().max(200),
    /**
     * Where e-invoices reach the seller (UBL EndpointID), `<EAS scheme>:<identifier>` such as its
     * Peppol participant id `0106:12345678`; when absent, derived from the VAT number.
     */
    electronicAddress: z
      .string()
      .regex(/^\d{4}:\S{1,100}$/)
      .optional(),
  }),
});
export type ProgrammeSettings = z.infer<typeof ProgrammeSettings>;

export const PROGRAMME_DEFAULTS: ProgrammeSettings = {
  invitationThreshold: 500,
  serialPatterns: {},
  paymentMethods: { default: ['card', 'bank_transfer', 'sepa_debit'] },
  paymentTermDays: 30,
  overduePolicy: [
    { days: -3, action: 'reminder' },
    { days: 3, action: 'reminder' },
    { days: 10, action: 'reminder' },
    { days: 14, action: 'suspend' },
    { days: 60, action: 'cancel' },
  ],
  directDebit: { preNotificationDays: 5, leadDays: 1 },
  refundOnCancel: false,
  vat: { sellerCountry: 'NL', domesticRateBasisPoints: 2100 },
  // Sample seller details for a new installation; an admin replaces them with the real ones.
  seller: {
    name: 'ProPass Sample Seller B.V.',
    street: 'Voorbeeldstraat 1',
    postcode: '1012 AB',
    city: 'Amsterdam',
    country: 'NL',
    vatNumber: 'NL004495445B01',
    registrationNumber: '00000000',
    iban: 'NL91ABNA0417164300',
    bic: 'ABNANL2A',
    sepaCreditorId: 'NL57ZZZ999999999999',
    email: 'billing@propass.example',
  },
};
