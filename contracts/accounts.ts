import { z } from 'zod';
import { Email, Locale } from './common.js';

export const Colleague = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: z.enum(['superuser', 'member']),
  status: z.enum(['invited', 'active']),
});
export const ColleagueList = z.object({ items: z.array(Colleague) });
export const InviteInput = z.object({
  email: Email,
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  locale: Locale,
});
export type Colleague = z.infer<typeof Colleague>;
export type InviteInput = z.infer<typeof InviteInput>;

export const StaffRole = z.enum(['validator', 'support', 'finance', 'admin']);
export const StaffMember = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: StaffRole,
  status: z.enum(['invited', 'active']),
  /** Two-step verification set up (an authenticator app). */
  twoStep: z.boolean(),
});
export const StaffList = z.object({ items: z.array(StaffMember) });
export const StaffInviteInput = InviteInput.extend({ role: StaffRole });
export type StaffMember = z.infer<typeof StaffMember>;
export type StaffInviteInput = z.infer<typeof StaffInviteInput>;

/**
 * Where the organisation's e-invoices are delivered (UBL EndpointID): its Peppol participant id when it
 * has one (`<EAS scheme>:<identifier>`), else the address derived from its VAT or register number.
 */
export const EInvoicingAddress = z.object({
  /** The address its invoices carry now. Null when nothing identifies it: invoices then cannot go over Peppol. */
  electronicAddress: z.string().nullable(),
  /** What the product derives from the VAT or register number (used when the organisation sets none). */
  derived: z.string().nullable(),
  /** True when the organisation entered its address itself. */
  own: z.boolean(),
});
export type EInvoicingAddress = z.infer<typeof EInvoicingAddress>;
export const EInvoicingAddressInput = z.object({
  /** `0106:12345678`; null or empty goes back to the derived address. */
  electronicAddress: z
    .string()
    .trim()
    .max(120)
    .nullable()
    .transform((v) => (v ? v : null)),
});
