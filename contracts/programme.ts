import { z } from 'zod';
import { Category } from './products.js';

export const TierThreshold = z.object({
  code: z.string().min(1).max(30),
  category: z.enum(['individual', 'corporate']),
  /** The fewest points that qualify. Corporate is "more than 2,500", i.e. 2,501. */
  minPoints: z.number().int().min(0),
});
export const ProgrammeSettings = z.object({
  invitationThreshold: z.number().int().min(1).max(1_000_000),
  tiers: z.array(TierThreshold).min(1),
  /** Per-category serial number patterns (regular expressions on the normalised serial number). */
  serialPatterns: z.partialRecord(Category, z.string().max(200)),
});
export type ProgrammeSettings = z.infer<typeof ProgrammeSettings>;

export const PROGRAMME_DEFAULTS: ProgrammeSettings = {
  invitationThreshold: 500,
  tiers: [
    { code: 'silver', category: 'individual', minPoints: 500 },
    { code: 'gold', category: 'individual', minPoints: 1000 },
    { code: 'platinum', category: 'individual', minPoints: 1600 },
    { code: 'corporate', category: 'corporate', minPoints: 2501 },
  ],
  serialPatterns: {},
};
