import { describe, expect, it } from 'vitest';
import { ChangePasswordFields } from './changePasswordFields.js';

const STRONG = 'Lichtmeter-diafragma-sluiter-43';

function problems(values: { currentPassword: string; newPassword: string; repeatPassword: string }) {
  const result = ChangePasswordFields.safeParse(values);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code: issue.code,
        params: issue.code === 'custom' ? issue.params : undefined,
      }));
}

describe('change password form', () => {
  it('accepts a current password and a new one typed twice alike', () => {
    expect(problems({ currentPassword: 'old', newPassword: STRONG, repeatPassword: STRONG })).toEqual([]);
  });

  it('marks a repeat that differs on the repeat field, with its translation key', () => {
    expect(problems({ currentPassword: 'old', newPassword: STRONG, repeatPassword: `${STRONG}!` })).toEqual([
      { path: 'repeatPassword', code: 'custom', params: { key: 'account.password.mismatch' } },
    ]);
  });

  it('shows every problem at once: an empty current password, a short new one and a different repeat', () => {
    const found = problems({ currentPassword: '', newPassword: 'short', repeatPassword: 'other' });
    expect(found.map((p) => `${p.path}:${p.code}`)).toEqual([
      'currentPassword:too_small',
      'newPassword:too_small',
      'repeatPassword:custom',
    ]);
  });
});
