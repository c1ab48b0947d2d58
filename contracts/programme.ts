import { z } from 'zod';
import { COUNTRIES } from './common.js';
import { Category } from './products.js';

export const PAYMENT_METHODS = ['card', 'bank_transfer', 'sepa_debit'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const ProgrammeSettings = z.object({
  invitationThreshold: z.number().int().min(1).max(1_000_000),
  /** Per-category serial number patterns (regular expressions on the normalised serial number). */
  serialPatterns: z.partialRecord(Category, z.string().max(200)),
  /** Payment methods offered per country; countries not listed get `default`. */
  paymentMethods: z.object({ default: z.array(PaymentMethod).min(1) }).catchall(z.array(PaymentMethod).min(1)),
  /** Days after the issue date that an invoice is due. */
  paymentTermDays: z.number().int().min(0).max(365),
  /** Days after the due date before an unpaid membership is suspended. */
  suspensionGraceDays: z.number().int().min(0).max(365),
  /** Whether cancelling during the term refunds the unused part (off by default). */
  refundOnCancel: z.boolean(),
  /** The seller's VAT: its country and the domestic rate in basis points (2100 = 21%). */
  vat: z.object({ sellerCountry: z.enum(COUNTRIES), domesticRateBasisPoints: z.number().int().min(0).max(10_000) }),
});
export type ProgrammeSettings = z.infer<typeof ProgrammeSettings>;

export const PROGRAMME_DEFAULTS: ProgrammeSettings = {
  invitationThreshold: 500,
  serialPatterns: {},
  paymentMethods: { default: ['card', 'bank_transfer', 'sepa_debit'] },
  paymentTermDays: 30,
  suspensionGraceDays: 14,
  refundOnCancel: false,
  vat: { sellerCountry: 'NL', domesticRateBasisPoints: 2100 },
};
