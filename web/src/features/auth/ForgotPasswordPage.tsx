import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { ForgotPasswordInput } from '../../shared/contracts.js';
import { zodMessages } from '../../shared/forms/validation.js';
import { authRequests } from './queries.js';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forgotTitle'));
  const resolver = useMemo(() => zodResolver(ForgotPasswordInput, zodMessages(t)), [t]);
  const form = useForm<z.input<typeof ForgotPasswordInput>, unknown, z.output<typeof ForgotPasswordInput>>({
    resolver,
    defaultValues: { email: '' },
  });
  const forgot = useMutation({
    mutationFn: authRequests.forgotPassword,
  });
  return (
    <Container size={460} py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('auth.forgotTitle')}</Title>
        <Text>{t('auth.forgotIntro')}</Text>
        <Paper withBorder p="lg" radius="md">
          {forgot.isSuccess ? (
            <Alert color="blue" role="status">
              {t('auth.neutralSent')}
            </Alert>
          ) : (
            <form noValidate onSubmit={form.handleSubmit((values) => forgot.mutate(values))}>
              <Stack gap="md">
                <TextInput
                  label={t('auth.email')}
                  type="email"
                  autoComplete="email"
                  required
                  {...form.register('email')}
                  error={form.formState.errors.email?.message}
                />
                {forgot.isError && <ErrorAlert error={forgot.error} />}
                <Button type="submit" loading={forgot.isPending}>
                  {t('auth.forgotSubmit')}
                </Button>
              </Stack>
            </form>
          )}
        </Paper>
        <Text size="sm" c="dimmed">
          {t('auth.forgotPending')}
        </Text>
        <Anchor component={Link} to="/login" size="sm">
          {t('auth.backToLogin')}
        </Anchor>
      </Stack>
    </Container>
  );
}
