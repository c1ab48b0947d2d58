import { createHmac, randomBytes } from 'node:crypto';

/** 256-bit random token for links and sessions. Only its keyed hash is stored. */
export const newToken = () => randomBytes(32).toString('base64url');

export const tokenHasher = (secret: string) => (token: string) =>
  createHmac('sha256', secret).update(token).digest('hex');

export type TokenHasher = ReturnType<typeof tokenHasher>;
