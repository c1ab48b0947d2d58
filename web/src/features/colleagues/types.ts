import type { z } from 'zod';
import type { InviteInput } from '../../shared/contracts.js';

export type InviteBody = z.output<typeof InviteInput>;
