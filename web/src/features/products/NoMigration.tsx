import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { ConfirmLegacyEmailInput, LinkLegacyEmailInput } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import type { MigrationStateBody } from './api.js';
import { productKeys, productRequests } from './queries.js';

/**
 * "Why don't I see MIGRATE PRODUCTS?" while there is no button: the answer for this organisation
 * (no old e-mail given, or one linked that has no old products), and the FAQ article inside the
 * portal. Gone once products were migrated: the question no longer arises.
 */
export function NoMigrationHelp({ state }: { state: MigrationStateBody }) {
  const { t } = useTranslation();
  if (state.available || state.migratedCount > 0) return null;
  return (
    <Stack gap={4} data-testid="why-no-migrate">
      {state.reason === 'nothing_to_migrate' && (
        <Alert color="blue" variant="light" data-testid="linked-no-products">
          {t('migration.linkedNoProducts', { email: state.legacyEmail ?? '' })}
        </Alert>
      )}
      <Anchor component={Link} to="/portal/faq/why-no-migrate-button" size="sm" data-testid="why-no-migrate-link">
        {t('faq.whyNoMigrate')}
      </Anchor>
    </Stack>
  );
}

const CodeForm = ConfirmLegacyEmailInput.pick({ code: true });

/** The seed's explanation when there is no button, plus linking the old e-mail by an e-mailed code. */
export function NoMigrationButton({ state, canLink }: { state: MigrationStateBody; canLink: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="no-migrate-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="no-migrate-title">
          {t('migration.noButtonTitle')}
        </Title>
        <Text data-testid="no-migrate-explanation">{t('migration.noButton')}</Text>
        {canLink ? (
          <LinkLegacyEmail pendingLink={state.pendingLink} />
        ) : (
          <Text size="sm">{t('migration.askSuperuser')}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function LinkLegacyEmail({ pendingLink }: { pendingLink: string | null }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [email, setEmail] = useState<string | null>(pendingLink);
  const emailResolver = useMemo(() => zodResolver(LinkLegacyEmailInput, zodMessages(t)), [t]);
  const codeResolver = useMemo(() => zodResolver(CodeForm, zodMessages(t)), [t]);
  const emailForm = useForm<z.input<typeof LinkLegacyEmailInput>, unknown, z.output<typeof LinkLegacyEmailInput>>({
    resolver: emailResolver,
    defaultValues: { email: pendingLink ?? '' },
  });
  const codeForm = useForm<z.input<typeof CodeForm>, unknown, z.output<typeof CodeForm>>({
    resolver: codeResolver,
    defaultValues: { code: '' },
  });
  const request = useMutation({
    mutationFn: productRequests.link,
    onSuccess: (_body, variables) => {
      setEmail(variables.email);
      codeForm.reset({ code: '' });
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(error, emailForm.setError, ['email']);
    },
  });
  const confirm = useMutation({
    mutationFn: productRequests.confirmLink,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: productKeys.migration });
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(error, codeForm.setError, ['code']);
    },
  });
  const confirmError =
    confirm.error instanceof ApiError && Object.keys(confirm.error.fields).length > 0 ? null : confirm.error;

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0" component="section" aria-labelledby="link-legacy-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="link-legacy-title">
          {t('migration.link.title')}
        </Title>
        {email === null ? (
          <form noValidate onSubmit={emailForm.handleSubmit((values) => request.mutate(values))}>
            <Stack gap="sm">
              <Text size="sm">{t('migration.link.intro')}</Text>
              <TextInput
                label={t('migration.link.email')}
                type="email"
                autoComplete="off"
                required
                maw={420}
                {...emailForm.register('email')}
                error={emailForm.formState.errors.email?.message}
              />
              {request.isError && !(request.error instanceof ApiError && request.error.fields.email) && (
                <ErrorAlert error={request.error} />
              )}
              <Group>
                <Button type="submit" variant="outline" loading={request.isPending}>
                  {t('migration.link.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <form noValidate onSubmit={codeForm.handleSubmit((values) => confirm.mutate({ email, code: values.code }))}>
            <Stack gap="sm">
              <Alert color="blue" variant="light" role="status">
                {t('migration.link.sent', { email })}
              </Alert>
              <TextInput
                label={t('migration.link.code')}
                description={t('migration.link.codeHelp')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                required
                maw={220}
                {...codeForm.register('code')}
                error={codeForm.formState.errors.code?.message}
              />
              {confirmError && <ErrorAlert error={confirmError} />}
              <Group>
                <Button type="submit" loading={confirm.isPending}>
                  {t('migration.link.confirm')}
                </Button>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => {
                    setEmail(null);
                    confirm.reset();
                    request.reset();
                  }}
                >
                  {t('migration.link.other')}
                </Anchor>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
