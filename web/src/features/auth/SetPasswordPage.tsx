import { Alert, Anchor, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api/client.js';
import { homePathFor, useSetSessionUser } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { PASSWORD_MIN_LENGTH, type SessionUser } from '../../shared/contracts.js';
import { PasswordStrengthMeter } from '../../shared/forms/PasswordStrengthMeter.js';
import { authQueries, authRequests } from './queries.js';
import { ResendSetPassword } from './ResendSetPassword.js';
import { TwoStepLoginStep } from './TwoStepLoginStep.js';

export function SetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const setSessionUser = useSetSessionUser();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  /** Staff with two-step verification: the password is saved, the session waits for the code. */
  const [challenge, setChallenge] = useState<string | null>(null);
  useDocumentTitle(t(challenge ? 'twoStep.login.title' : 'setPassword.title'));

  const check = useQuery({
    ...authQueries.tokenCheck(token),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const enter = (user: SessionUser) => {
    setSessionUser(user);
    navigate(homePathFor(user), { replace: true });
  };
  const setPasswordMutation = useMutation({
    mutationFn: authRequests.setPassword,
    onSuccess: (answer) => {
      if ('user' in answer) enter(answer.user);
      else setChallenge(answer.twoStep.challenge);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.password) setErrors({ password: error.fields.password });
    },
  });

  if (challenge) {
    // The link is used up: a code step that ran out continues at the log-in page.
    return (
      <Container size={460} py="xl">
        <TwoStepLoginStep
          challenge={challenge}
          notice={
            <Alert color="green" role="status">
              {t('twoStep.login.passwordSaved')}
            </Alert>
          }
          onSuccess={enter}
          onExpired={(error) => navigate('/login', { replace: true, state: { twoStepEnded: error.message } })}
          onBack={() => navigate('/login', { replace: true })}
        />
      </Container>
    );
  }

  if (token && check.isPending) return <PageLoader />;
  const valid = !!token && check.data?.valid === true;
  const purpose = check.data?.purpose ?? 'set_password';

  if (!valid) {
    return (
      <Container size={500} py="xl">
        <Stack gap="lg">
          <Title order={1}>{t('setPassword.title')}</Title>
          {check.isError ? (
            <ErrorAlert error={check.error} />
          ) : (
            <Alert color="orange" role="alert" title={t('setPassword.invalidTitle')}>
              {t('setPassword.invalid')}
            </Alert>
          )}
          <Paper withBorder p="lg" radius="md">
            <Text mb="sm">{t('auth.resendHelp')}</Text>
            <ResendSetPassword />
          </Paper>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.forgotLink')}
          </Anchor>
        </Stack>
      </Container>
    );
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (password.length < PASSWORD_MIN_LENGTH)
      next.password = t('validation.minLength', { count: PASSWORD_MIN_LENGTH });
    if (confirm !== password) next.confirm = t('setPassword.mismatch');
    setErrors(next);
    if (next.password || next.confirm) return;
    setPasswordMutation.mutate({ token, password });
  };

  return (
    <Container size={500} py="xl">
      <Stack gap="lg">
        <Title order={1}>{t(`setPassword.heading.${purpose}`)}</Title>
        <Text>{t('setPassword.intro', { count: PASSWORD_MIN_LENGTH })}</Text>
        <Paper withBorder p="lg" radius="md">
          <form noValidate onSubmit={submit}>
            <Stack gap="md">
              <TextInput label={t('auth.email')} value={check.data?.email ?? ''} readOnly autoComplete="username" />
              <PasswordInput
                label={t('setPassword.password')}
                description={t('setPassword.passwordHelp', { count: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={errors.password}
                aria-describedby="password-strength"
              />
              <PasswordStrengthMeter
                id="password-strength"
                password={password}
                words={check.data?.passwordWords ?? []}
              />
              <PasswordInput
                label={t('setPassword.confirm')}
                autoComplete="new-password"
                required
                value={confirm}
                onChange={(event) => setConfirm(event.currentTarget.value)}
                error={errors.confirm}
              />
              {setPasswordMutation.isError &&
                !(setPasswordMutation.error instanceof ApiError && setPasswordMutation.error.fields.password) && (
                  <ErrorAlert error={setPasswordMutation.error} />
                )}
              <Button type="submit" loading={setPasswordMutation.isPending}>
                {t('setPassword.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
