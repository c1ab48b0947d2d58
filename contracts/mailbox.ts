import { z } from 'zod';

export const MailboxItem = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  status: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const MailboxList = z.object({ items: z.array(MailboxItem) });
export const MailboxAttachment = z.object({ index: z.number(), filename: z.string(), contentType: z.string() });
export const MailboxMessage = MailboxItem.extend({
  html: z.string(),
  text: z.string(),
  links: z.array(z.string()),
  attachments: z.array(MailboxAttachment),
});
