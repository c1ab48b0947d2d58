import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Button,
  Collapse,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { homePathFor, useMe, useSetSessionUser } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { LoginInput, type SessionUser } from '../../shared/contracts.js';
import { zodMessages } from '../../shared/forms/validation.js';
import { authRequests } from './queries.js';
import { ResendSetPassword } from './ResendSetPassword.js';
import { TwoStepLoginStep } from './TwoStepLoginStep.js';

/** Only same-app paths are followed after login. */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const setSessionUser = useSetSessionUser();
  const [resendOpen, setResendOpen] = useState(false);
  /** The challenge of the second step (staff with two-step verification), while it is shown. */
  const [challenge, setChallenge] = useState<string | null>(null);
  /** Why the second step ended (too long, too many wrong codes): shown on the password step. */
  const location = useLocation();
  const [twoStepEnded, setTwoStepEnded] = useState<ApiError | null>(() => {
    // A code step that ran out after setting a new password (the set-password page) continues here.
    const message = (location.state as { twoStepEnded?: unknown } | null)?.twoStepEnded;
    return typeof message === 'string' ? new ApiError(401, 'two_step_expired', message) : null;
  });
  useDocumentTitle(t(challenge ? 'twoStep.login.title' : 'auth.loginTitle'));
  const resolver = useMemo(() => zodResolver(LoginInput, zodMessages(t)), [t]);
  const form = useForm<z.input<typeof LoginInput>, unknown, z.output<typeof LoginInput>>({
    resolver,
    defaultValues: { email: '', password: '' },
  });
  const enter = (user: SessionUser) => {
    setSessionUser(user);
    navigate(safeNext(params.get('next')) ?? homePathFor(user), { replace: true });
  };
  const login = useMutation({
    mutationFn: authRequests.login,
    onMutate: () => setTwoStepEnded(null),
    onSuccess: (answer) => {
      if ('user' in answer) enter(answer.user);
      else setChallenge(answer.twoStep.challenge);
    },
  });
  /** The second step ended without a session: back to the password, with the reason. */
  const restart = (reason: ApiError | null) => {
    setChallenge(null);
    setTwoStepEnded(reason);
    login.reset();
    form.setValue('password', '');
    setTimeout(() => form.setFocus('password'));
  };

  if (me.isPending) return <PageLoader />;
  if (me.data?.user && !login.isPending && !login.isSuccess) return <Navigate to={homePathFor(me.data.user)} replace />;

  if (challenge) {
    return (
      <Container size={460} py="xl">
        <TwoStepLoginStep
          challenge={challenge}
          onSuccess={enter}
          onExpired={(error) => restart(error)}
          onBack={() => restart(null)}
        />
      </Container>
    );
  }

  const errors = form.formState.errors;
  return (
    <Container size={460} py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('auth.loginTitle')}</Title>
        <Paper withBorder p="lg" radius="md">
          <form noValidate onSubmit={form.handleSubmit((values) => login.mutate(values))}>
            <Stack gap="md">
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                {...form.register('email')}
                error={errors.email?.message}
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                {...form.register('password')}
                error={errors.password?.message}
              />
              {login.isError && <ErrorAlert error={login.error} />}
              {twoStepEnded && <ErrorAlert error={twoStepEnded} />}
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('auth.login')}
              </Button>
              <Group justify="space-between">
                <Anchor component={Link} to="/forgot-password" size="sm">
                  {t('auth.forgotLink')}
                </Anchor>
                <Anchor component={Link} to="/register" size="sm">
                  {t('welcome.register')}
                </Anchor>
              </Group>
            </Stack>
          </form>
        </Paper>
        <div>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => setResendOpen((open) => !open)}
            aria-expanded={resendOpen}
            aria-controls="resend-set-password"
          >
            {t('auth.resendLink')}
          </Anchor>
          <Collapse expanded={resendOpen} id="resend-set-password">
            <Paper withBorder p="md" mt="sm" radius="md">
              <Text size="sm" mb="sm">
                {t('auth.resendHelp')}
              </Text>
              {resendOpen && <ResendSetPassword initialEmail={form.getValues('email')} />}
            </Paper>
          </Collapse>
        </div>
        <Group gap="md">
          <Anchor component={Link} to="/contact" size="sm">
            {t('support.contact.link')}
          </Anchor>
          <Anchor component={Link} to="/faq" size="sm">
            {t('faq.link')}
          </Anchor>
        </Group>
      </Stack>
    </Container>
  );
}
