import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../contracts/common.js';
// The composition root loads every module, and so registers every module's error codes.
import '../app.js';
import { AppError, ERROR_STATUS, errorCodeOwner, registerErrorCodes } from './errors.js';
import { messages } from './i18n/messages.js';

describe('error codes', () => {
  it('keeps each module code with its module and its HTTP status', () => {
    const moduleCodes = {
      invalid_credentials: ['auth', 401],
      two_step_expired: ['auth', 401],
      weak_password: ['auth', 422],
      account_locked: ['auth', 429],
      duplicate_application: ['verification', 409],
      document_kind_not_allowed: ['verification', 422],
      catalogue_invalid: ['catalogue', 422],
      not_eligible: ['membership', 422],
      nothing_to_collect: ['billing', 422],
      serial_taken: ['products', 409],
    } as const;
    for (const [code, [owner, status]] of Object.entries(moduleCodes)) {
      expect({ code, owner: errorCodeOwner(code) }).toEqual({ code, owner });
      expect({ code, status: new AppError(code as keyof typeof moduleCodes).status }).toEqual({ code, status });
    }
    expect(errorCodeOwner('not_found')).toBe('platform');
  });

  it('has a message for every code in every language', () => {
    const missing = Object.keys(ERROR_STATUS).flatMap((code) =>
      LOCALES.filter(
        // A counted message has its plural forms instead (`error.catalogue_invalid_other`).
        (locale) => !(`error.${code}` in messages[locale]) && !(`error.${code}_other` in messages[locale]),
      ).map((locale) => `${locale}: error.${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('refuses a second owner or a second status for a code', () => {
    expect(() => registerErrorCodes('billing', { not_found: 404 })).toThrow(/already declared by platform/);
    expect(() => registerErrorCodes('billing', { serial_taken: 409 })).toThrow(/already declared by products/);
    expect(() => registerErrorCodes('products', { serial_taken: 422 })).toThrow(/already declared by products/);
    expect(registerErrorCodes('products', { serial_taken: 409 })).toEqual({ serial_taken: 409 });
  });
});
