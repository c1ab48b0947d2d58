import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { Email } from '../../shared/contracts.js';
import { authRequests } from './queries.js';

/** "Didn't receive the set-password e-mail? Send it again": always the same neutral answer. */
export function ResendSetPassword({ initialEmail = '' }: { initialEmail?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const resend = useMutation({
    mutationFn: authRequests.resendSetPassword,
  });
  if (resend.isSuccess) {
    return (
      <Alert color="blue" role="status">
        {t('auth.neutralSent')}
      </Alert>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = Email.safeParse(email);
        if (!parsed.success) {
          setFieldError(t('validation.email'));
          return;
        }
        setFieldError(null);
        resend.mutate(parsed.data);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError}
        />
        {resend.isError && <ErrorAlert error={resend.error} />}
        <Group>
          <Button type="submit" variant="light" loading={resend.isPending}>
            {t('auth.resendSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
