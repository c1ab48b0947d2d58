import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { type SessionUser, TwoStepCode } from '../../shared/contracts.js';
import { authRequests } from './queries.js';

/**
 * The second step of a staff log-in: the 6-digit code from the authenticator app, or a recovery
 * code. A challenge that expired (too long, too many wrong codes) ends it: `onExpired` goes back to
 * the password.
 */
export function TwoStepLoginStep({
  challenge,
  onSuccess,
  onExpired,
  onBack,
  notice,
}: {
  challenge: string;
  /** Shown above the code, e.g. that a new password was saved. */
  notice?: ReactNode;
  onSuccess: (user: SessionUser) => void;
  onExpired: (error: ApiError) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  /** Phones show a keypad for app codes; a recovery code has letters too. */
  const [recoveryKeyboard, setRecoveryKeyboard] = useState(false);
  useEffect(() => input.current?.focus(), []);

  const verify = useMutation({
    mutationFn: authRequests.loginTwoStep,
    onSuccess: ({ user }) => onSuccess(user),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'two_step_expired') return onExpired(error);
      if (error instanceof ApiError && error.fields.code) setCodeError(error.fields.code);
      input.current?.select();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.replace(/\s+/g, '');
    if (!typed) return setCodeError(t('validation.required'));
    if (!TwoStepCode.safeParse(typed).success) return setCodeError(t('twoStep.codeFormat'));
    setCodeError(null);
    verify.mutate({ challenge, code: typed });
  };
  /** A wrong code is shown at the field; other problems (a locked account, no connection) above the button. */
  const otherError =
    verify.isError && !(verify.error instanceof ApiError && verify.error.fields.code) ? verify.error : null;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('twoStep.login.title')}</Title>
      {notice}
      <Paper withBorder p="lg" radius="md">
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            <Text>{t('twoStep.login.intro')}</Text>
            <TextInput
              ref={input}
              label={t('twoStep.login.code')}
              value={code}
              onChange={(event) => {
                setCode(event.currentTarget.value);
                setCodeError(null);
              }}
              autoComplete="one-time-code"
              inputMode={recoveryKeyboard ? 'text' : 'numeric'}
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              maxLength={20}
              required
              error={codeError}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.1em' } }}
            />
            <Text size="sm" c="dimmed">
              {t('twoStep.login.hint')}{' '}
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => {
                  setRecoveryKeyboard((on) => !on);
                  input.current?.focus();
                }}
              >
                {t(recoveryKeyboard ? 'twoStep.login.useApp' : 'twoStep.login.useRecovery')}
              </Anchor>
            </Text>
            {otherError && <ErrorAlert error={otherError} />}
            <Button type="submit" loading={verify.isPending} fullWidth>
              {t('twoStep.login.verify')}
            </Button>
            <Group>
              <Anchor component="button" type="button" size="sm" onClick={onBack}>
                {t('twoStep.login.back')}
              </Anchor>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
