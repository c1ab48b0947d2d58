import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErasureInput } from '../../../../contracts/privacy.js';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { type ErasureResult, privacyRequests } from './queries.js';

type Input = ErasureInput;

/**
 * An admin processes a person's erasure request (GDPR): the address and the request's reason, a
 * confirmation, then what was erased and what the law keeps. A repeated request answers the same.
 */
export function ErasurePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.title'));
  const [confirming, setConfirming] = useState<Input | null>(null);
  const [done, setDone] = useState<{ email: string; result: ErasureResult } | null>(null);
  const resolver = useMemo(() => zodResolver(ErasureInput, zodMessages(t)), [t]);
  const form = useForm<Input>({ resolver, defaultValues: { email: '', reason: '' } });
  const erase = useMutation({
    mutationFn: privacyRequests.erase,
    onSuccess: (result, body) => {
      setConfirming(null);
      setDone({ email: body.email, result });
      form.reset({ email: '', reason: '' });
    },
    onError: (error) => {
      setConfirming(null);
      if (error instanceof ApiError) applyFieldErrors(error, form.setError, ['email', 'reason']);
    },
  });
  const errors = form.formState.errors;

  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={1}>{t('privacy.title')}</Title>
        <Text c="dimmed">{t('privacy.intro')}</Text>
      </div>
      {done && (
        <Alert
          color="green"
          role="status"
          title={t('privacy.doneTitle')}
          withCloseButton
          onClose={() => setDone(null)}
          data-testid="erasure-result"
        >
          <Text size="sm">{t('privacy.erased', done.result.erased)}</Text>
          <Text size="sm">{t('privacy.kept', { count: done.result.kept.invoices })}</Text>
        </Alert>
      )}
      <Paper withBorder p="lg" radius="md" component="section">
        <form noValidate onSubmit={form.handleSubmit((values) => setConfirming(values))}>
          <Stack>
            <TextInput
              type="email"
              label={t('privacy.email')}
              description={t('privacy.emailHelp')}
              autoComplete="off"
              required
              error={errors.email?.message}
              {...form.register('email')}
            />
            <Textarea
              label={t('privacy.reason')}
              description={t('privacy.reasonHelp')}
              required
              autosize
              minRows={2}
              maxLength={500}
              error={errors.reason?.message}
              {...form.register('reason')}
            />
            {erase.isError && <ErrorAlert error={erase.error} />}
            <Group>
              <Button type="submit" color="red">
                {t('privacy.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Modal opened={!!confirming} onClose={() => setConfirming(null)} title={t('privacy.confirmTitle')} centered>
        <Stack>
          <Text>{t('privacy.confirm', { email: confirming?.email ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={erase.isPending} onClick={() => confirming && erase.mutate(confirming)}>
              {t('privacy.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
