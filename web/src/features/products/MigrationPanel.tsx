import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { ApiError, api } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { ConfirmLegacyEmailInput, LinkLegacyEmailInput } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { type MigrationResultBody, type MigrationStateBody, migrationKey, productsKey } from './api.js';
import { PointsText } from './ProductStatus.js';

/** The seed's blue button, on the right of My products. */
export function MigrateButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button color="blue" size="md" onClick={onClick} data-testid="migrate-button" fw={700}>
      {t('migration.button')}
    </Button>
  );
}

type Preview = MigrationStateBody['preview'];

/** Preview of what MIGRATE PRODUCTS brings over, the confirmation and then the result. */
export function MigrationModal({
  preview,
  opened,
  onClose,
}: {
  preview: Preview;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [result, setResult] = useState<MigrationResultBody | null>(null);
  /** Set at the first click, before React re-renders the button as loading: a double click migrates once. */
  const started = useRef(false);
  const migrate = useMutation({
    mutationFn: () => api.post<MigrationResultBody>('/api/migration'),
    onSettled: () => {
      started.current = false;
    },
    onSuccess: (body) => {
      setResult(body);
      void client.invalidateQueries({ queryKey: productsKey });
      void client.invalidateQueries({ queryKey: migrationKey });
    },
  });
  const counts = useMemo(() => {
    const coming = preview.filter((item) => !item.serialConflict);
    const complete = coming.filter((item) => item.missing.length === 0);
    return {
      total: coming.length,
      complete: complete.length,
      incomplete: coming.length - complete.length,
      conflicts: preview.length - coming.length,
      points: complete.reduce((sum, item) => sum + item.points, 0),
    };
  }, [preview]);

  const close = () => {
    if (migrate.isPending) return;
    onClose();
    setResult(null);
    migrate.reset();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="xl"
      title={result ? t('migration.resultTitle') : t('migration.previewTitle')}
    >
      {result ? (
        <Stack data-testid="migration-result">
          <Alert color="green" role="status" title={t('migration.resultDone', { count: result.migrated })}>
            <List size="sm">
              <List.Item>{t('migration.resultComplete', { count: result.complete })}</List.Item>
              <List.Item>{t('migration.resultIncomplete', { count: result.incomplete })}</List.Item>
              <List.Item>{t('migration.resultPoints', { count: result.pointsAwarded })}</List.Item>
            </List>
          </Alert>
          {result.incomplete > 0 && <Text size="sm">{t('migration.resultCompleteHint')}</Text>}
          {result.conflicts.length > 0 && (
            <Alert color="orange" title={t('migration.conflictsTitle', { count: result.conflicts.length })}>
              <Text size="sm" mb="xs">
                {t('migration.conflictsText')}
              </Text>
              <List size="sm">
                {result.conflicts.map((conflict) => (
                  <List.Item key={conflict.legacyId}>
                    {conflict.modelName} — {conflict.serialNumber}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>{t('migration.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">{t('migration.previewIntro')}</Text>
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('products.col.model')}</Table.Th>
                  <Table.Th>{t('products.col.serialNumber')}</Table.Th>
                  <Table.Th ta="right">{t('products.col.points')}</Table.Th>
                  <Table.Th>{t('migration.afterMigration')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.map((item) => (
                  <Table.Tr key={item.legacyId} data-testid="migration-preview-row">
                    <Table.Td>{item.modelName || '—'}</Table.Td>
                    <Table.Td>{item.serialNumber ?? '—'}</Table.Td>
                    <Table.Td ta="right">
                      <PointsText points={item.points} />
                    </Table.Td>
                    <Table.Td>
                      {item.serialConflict ? (
                        <Badge color="red" variant="light">
                          {t('migration.conflict')}
                        </Badge>
                      ) : item.missing.length > 0 ? (
                        <Text size="sm" c="orange.9">
                          {t('migration.needsCompleting', {
                            fields: item.missing.map((field) => t(`products.field.${field}`)).join(', '),
                          })}
                        </Text>
                      ) : (
                        <Badge color="green" variant="light">
                          {t('migration.willBeComplete')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" data-testid="migration-preview-summary">
            {t('migration.previewSummary', {
              count: counts.total,
              complete: counts.complete,
              incomplete: counts.incomplete,
              points: counts.points,
            })}
            {counts.conflicts > 0 && ` ${t('migration.previewConflicts', { count: counts.conflicts })}`}
          </Text>
          {migrate.isError && <ErrorAlert error={migrate.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="blue"
              loading={migrate.isPending}
              onClick={() => {
                if (started.current) return;
                started.current = true;
                migrate.mutate();
              }}
            >
              {t('migration.confirm', { count: counts.total })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

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
    mutationFn: (body: { email: string }) => api.post<{ ok: true }>('/api/migration/link', body),
    onSuccess: (_body, variables) => {
      setEmail(variables.email);
      codeForm.reset({ code: '' });
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(error, emailForm.setError, ['email']);
    },
  });
  const confirm = useMutation({
    mutationFn: (body: { email: string; code: string }) => api.post<{ ok: true }>('/api/migration/link/confirm', body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: migrationKey });
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
