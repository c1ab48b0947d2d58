import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PASSWORD_MIN_LENGTH } from '../../shared/contracts.js';
import { PasswordStrengthMeter } from '../../shared/forms/PasswordStrengthMeter.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { ChangePasswordFields } from './changePasswordFields.js';
import { accountRequests } from './queries.js';

type FormInput = z.input<typeof ChangePasswordFields>;
type FormOutput = z.output<typeof ChangePasswordFields>;

const EMPTY: FormInput = { currentPassword: '', newPassword: '', repeatPassword: '' };
const SERVER_FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * Changes the logged-in user's password: the current one and a new one, twice. The session stays;
 * the user's other sessions end and the server mails a notice.
 */
export function ChangePasswordForm({ email, words = [] }: { email: string; words?: string[] }) {
  const { t } = useTranslation();
  const resolver = useMemo(() => zodResolver(ChangePasswordFields, zodMessages(t)), [t]);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver, defaultValues: EMPTY });
  const newPassword = useWatch({ control: form.control, name: 'newPassword' }) ?? '';
  const [unmatched, setUnmatched] = useState<string[]>([]);
  // A second click before the first answer arrives sends nothing.
  const sending = useRef(false);

  const change = useMutation({
    mutationFn: accountRequests.changePassword,
    onSuccess: () => form.reset(EMPTY),
    onError: (error) => {
      if (error instanceof ApiError) setUnmatched(applyFieldErrors(error, form.setError, SERVER_FIELDS));
    },
    onSettled: () => {
      sending.current = false;
    },
  });

  const submit = form.handleSubmit(({ currentPassword, newPassword }) => {
    if (sending.current) return;
    sending.current = true;
    setUnmatched([]);
    change.mutate({ currentPassword, newPassword });
  });

  const errors = form.formState.errors;
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {/* For password managers: the account whose password this is. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label={t('account.password.current')}
          autoComplete="current-password"
          required
          {...form.register('currentPassword')}
          error={errors.currentPassword?.message}
        />
        <PasswordInput
          label={t('account.password.new')}
          description={t('account.password.newHelp', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...form.register('newPassword')}
          error={errors.newPassword?.message}
        />
        <PasswordStrengthMeter id="new-password-strength" password={newPassword} words={words} />
        <PasswordInput
          label={t('account.password.repeat')}
          autoComplete="new-password"
          required
          {...form.register('repeatPassword')}
          error={errors.repeatPassword?.message}
        />
        {change.isError && <ErrorAlert error={change.error} extra={unmatched} />}
        {change.isSuccess && (
          <Alert color="green" variant="light" role="status" title={t('account.password.changedTitle')}>
            <Text size="sm">{t('account.password.changed')}</Text>
            {change.data.otherSessionsEnded > 0 && (
              <Text size="sm" mt={4}>
                {t('account.password.othersEnded', { count: change.data.otherSessionsEnded })}
              </Text>
            )}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.password.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
