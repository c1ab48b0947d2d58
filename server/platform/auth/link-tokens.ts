import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { DbOrTx } from '../db/index.js';
import { schema } from '../db/index.js';
import { newToken, type TokenHasher } from './tokens.js';

const { linkTokens } = schema;
export type LinkPurpose = (typeof linkTokens.$inferSelect)['purpose'];
export type LinkToken = typeof linkTokens.$inferSelect;

/** A set-password link (invitation, approval, account ready) is valid this long; the e-mails say 72 hours. */
export const SET_PASSWORD_TTL_HOURS = 72;

/** Single-use, expiring link tokens (256-bit, stored as a keyed hash). */
export function createLinkTokens(hashToken: TokenHasher, clock: Clock) {
  return {
    async issue(
      tx: DbOrTx,
      input: { purpose: LinkPurpose; userId?: string; applicationId?: string; ttlHours: number },
    ): Promise<string> {
      const token = newToken();
      const now = clock.now();
      await tx.insert(linkTokens).values({
        id: hashToken(token),
        purpose: input.purpose,
        userId: input.userId,
        applicationId: input.applicationId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.ttlHours * 3_600_000),
      });
      return token;
    },

    /** The token's row when it is unused, unexpired and of one of `purposes`; otherwise undefined. */
    async find<P extends LinkPurpose>(
      tx: DbOrTx,
      token: string,
      purposes: P[],
    ): Promise<(LinkToken & { purpose: P }) | undefined> {
      const [row] = await tx
        .select()
        .from(linkTokens)
        .where(
          and(eq(linkTokens.id, hashToken(token)), isNull(linkTokens.usedAt), gt(linkTokens.expiresAt, clock.now())),
        );
      return row && (purposes as LinkPurpose[]).includes(row.purpose) ? (row as LinkToken & { purpose: P }) : undefined;
    },

    /** Marks the token used; false when another request used it first (so it works exactly once). */
    async consume(tx: DbOrTx, row: LinkToken): Promise<boolean> {
      const used = await tx
        .update(linkTokens)
        .set({ usedAt: clock.now() })
        .where(and(eq(linkTokens.id, row.id), isNull(linkTokens.usedAt)))
        .returning({ id: linkTokens.id });
      return used.length === 1;
    },

    /** Ends every open token of a user for the given purposes (e.g. when a new link is sent). */
    async revokeForUser(tx: DbOrTx, userId: string, purposes: LinkPurpose[]) {
      for (const purpose of purposes) {
        await tx
          .update(linkTokens)
          .set({ usedAt: clock.now() })
          .where(and(eq(linkTokens.userId, userId), eq(linkTokens.purpose, purpose), isNull(linkTokens.usedAt)));
      }
    },
  };
}
export type LinkTokens = ReturnType<typeof createLinkTokens>;
