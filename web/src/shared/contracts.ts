/** The API's shared schemas (contracts/) and the types the web app uses from them. */
import type { z } from 'zod';
import type * as C from '../../../contracts/index.js';

export * from '../../../contracts/index.js';

export type Meta = {
  countries: string[];
  documentKinds: string[];
  rejectReasons: string[];
  devMailbox: boolean;
  environment: string;
};
export type MeResponseBody = z.infer<typeof C.MeResponse>;
export type TokenCheck = z.infer<typeof C.TokenCheckResponse>;
export type RegistrationInputBody = z.input<typeof C.RegistrationInput>;
export type RegistrationResult = z.infer<typeof C.RegistrationResponse>;
export type Status = z.infer<typeof C.StatusResponse>;
export type MoreInfoBody = z.infer<typeof C.MoreInfoInput>;
export type ColleagueItem = z.infer<typeof C.Colleague>;
export type ColleagueListBody = z.infer<typeof C.ColleagueList>;
export type InviteBody = z.input<typeof C.InviteInput>;
