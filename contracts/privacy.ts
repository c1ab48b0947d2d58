import { z } from 'zod';
import { Email } from './common.js';

/** An erasure request processed by staff: the person's e-mail address and why (e.g. "request of 3 Dec by e-mail"). */
export const ErasureInput = z.object({
  email: Email,
  reason: z.string().trim().min(1).max(500),
});
export type ErasureInput = z.infer<typeof ErasureInput>;

/**
 * What an erasure did. A repeated request for the same address answers the first request's result
 * and changes nothing.
 */
export const ErasureResult = z.object({
  erasureId: z.uuid(),
  erasedAt: z.iso.datetime(),
  erased: z.object({
    users: z.number().int(),
    applications: z.number().int(),
    tickets: z.number().int(),
    mails: z.number().int(),
    /** Rows elsewhere (audit details, events, messages, other e-mails) in which the address or name was replaced. */
    mentions: z.number().int(),
  }),
  /** Kept by law: the invoices (and credit notes) of the person's organisations, with their name and address. */
  kept: z.object({ invoices: z.number().int() }),
});
export type ErasureResult = z.infer<typeof ErasureResult>;
