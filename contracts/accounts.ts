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
