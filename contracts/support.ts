import { z } from 'zod';
import { Email, Locale } from './common.js';

export const TICKET_CATEGORIES = ['registration', 'migration', 'points', 'membership', 'payment', 'other'] as const;
export const TicketCategory = z.enum(TICKET_CATEGORIES);
export const TicketStatus = z.enum(['open', 'waiting_for_customer', 'resolved']);

/** JSON part ("ticket") of a new ticket; attachments follow as files "attachments". */
export const NewTicketInput = z.object({
  idempotencyKey: z.uuid(),
  category: TicketCategory,
  subject: z.string().trim().min(3).max(200),
  message: z.string().trim().min(1).max(10_000),
  /** One entry per attached file (same upload rules as registration). */
  attachments: z
    .array(z.object({ name: z.string().max(200) }))
    .max(3)
    .default([]),
});
export type NewTicketInput = z.infer<typeof NewTicketInput>;
export const ReplyInput = z.object({
  message: z.string().trim().min(1).max(10_000),
  attachments: z
    .array(z.object({ name: z.string().max(200) }))
    .max(3)
    .default([]),
  /** Staff only: the status after this reply (default: waiting for customer). */
  status: TicketStatus.optional(),
});
export type ReplyInput = z.infer<typeof ReplyInput>;

export const ContactInput = z.object({
  name: z.string().trim().min(1).max(120),
  email: Email,
  category: TicketCategory,
  subject: z.string().trim().min(3).max(200),
  message: z.string().trim().min(1).max(10_000),
  locale: Locale,
  /** A field people never see; bots fill it in. */
  website: z.string().max(200).optional(),
});
export type ContactInput = z.infer<typeof ContactInput>;

export const TicketAttachment = z.object({ id: z.uuid(), name: z.string(), contentType: z.string(), size: z.number() });
export const TicketMessage = z.object({
  id: z.uuid(),
  authorKind: z.enum(['customer', 'staff', 'contact']),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
  attachments: z.array(TicketAttachment),
});
export const TicketSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  category: TicketCategory,
  subject: z.string(),
  status: TicketStatus,
  organisationName: z.string().nullable(),
  contactEmail: z.string(),
  tier: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  firstResponseDueAt: z.string(),
  firstResponseOverdue: z.boolean(),
  assigneeName: z.string().nullable(),
});
export const TicketList = z.object({ items: z.array(TicketSummary) });
export const Ticket = TicketSummary.extend({ messages: z.array(TicketMessage) });
export type Ticket = z.infer<typeof Ticket>;

export const OrganisationContext = z.object({
  organisation: z.object({
    id: z.uuid(),
    legalName: z.string(),
    country: z.string(),
    vatNumber: z.string().nullable(),
    legacyEmail: z.string().nullable(),
  }),
  application: z.object({ reference: z.string(), status: z.string(), submittedAt: z.string() }).nullable(),
  products: z.object({ count: z.number().int(), complete: z.number().int(), balance: z.number().int() }),
  membership: z
    .object({ membershipNumber: z.string(), tierCode: z.string(), status: z.string(), endsOn: z.string() })
    .nullable(),
  orders: z.array(
    z.object({
      id: z.uuid(),
      createdAt: z.string(),
      tierCode: z.string(),
      totalMinor: z.number(),
      currency: z.string(),
      dueOn: z.string(),
      paid: z.boolean(),
    }),
  ),
});
export const StaffTicket = Ticket.extend({ context: OrganisationContext.nullable() });
export const TicketQueueQuery = z.object({
  status: z.enum(['open', 'waiting_for_customer', 'resolved', 'unresolved']).default('unresolved'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const FAQ_CATEGORIES = [
  'business_account',
  'migration',
  'points',
  'tiers',
  'payment',
  'membership_number',
] as const;
export const FaqCategory = z.enum(FAQ_CATEGORIES);
export const FaqArticle = z.object({
  id: z.uuid(),
  key: z.string(),
  locale: Locale,
  category: FaqCategory,
  title: z.string(),
  body: z.string(),
  position: z.number().int(),
  published: z.boolean(),
});
export type FaqArticle = z.infer<typeof FaqArticle>;
export const FaqQuery = z.object({
  locale: Locale.optional(),
  q: z.string().trim().max(200).optional(),
  category: FaqCategory.optional(),
});
export const FaqList = z.object({ items: z.array(FaqArticle) });
export const FaqInput = FaqArticle.omit({ id: true }).extend({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{3,80}$/),
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(1).max(20_000),
});
export type FaqInput = z.infer<typeof FaqInput>;
export type OrganisationContext = z.infer<typeof OrganisationContext>;
