import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { LanguageSelect } from '../../shared/components/LanguageSelect.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { ResponsiveTable } from '../../shared/components/ResponsiveTable.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { type ColleagueItem, InviteInput } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { currentLanguage, serverLocale } from '../../shared/i18n/i18n.js';
import { colleagueKeys, colleagueQueries, colleagueRequests } from './queries.js';

export function ColleaguesPage() {
  const { t } = useTranslation();
  const me = useMe().data?.user;
  const client = useQueryClient();
  const [removing, setRemoving] = useState<ColleagueItem | null>(null);
  const [invited, setInvited] = useState<string | null>(null);
  useDocumentTitle(t('colleagues.title'));
  const list = useQuery(colleagueQueries.list());

  const resolver = useMemo(() => zodResolver(InviteInput, zodMessages(t)), [t]);
  const form = useForm<z.input<typeof InviteInput>, unknown, z.output<typeof InviteInput>>({
    resolver,
    defaultValues: { email: '', firstName: '', lastName: '', locale: serverLocale(currentLanguage()) },
  });
  const invite = useMutation({
    mutationFn: colleagueRequests.invite,
    onSuccess: (colleague) => {
      setInvited(colleague.email);
      form.reset({ email: '', firstName: '', lastName: '', locale: form.getValues('locale') });
      void client.invalidateQueries({ queryKey: colleagueKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError)
        applyFieldErrors(error, form.setError, ['email', 'firstName', 'lastName', 'locale']);
    },
  });
  const remove = useMutation({
    mutationFn: colleagueRequests.remove,
    onSuccess: () => {
      setRemoving(null);
      void client.invalidateQueries({ queryKey: colleagueKeys.all });
    },
  });

  const errors = form.formState.errors;
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('colleagues.title')}</Title>
          <Text c="dimmed">{t('colleagues.intro')}</Text>
        </div>

        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="colleague-list-title">
          <Title order={2} size="h4" id="colleague-list-title" mb="sm">
            {t('colleagues.listTitle')}
          </Title>
          {list.isPending && <PageLoader />}
          {list.isError && <ErrorAlert error={list.error} />}
          {list.data && (
            <ResponsiveTable
              rows={list.data.items}
              rowKey={(colleague) => colleague.id}
              minWidth={560}
              highlightOnHover
              columns={[
                {
                  key: 'name',
                  label: t('colleagues.name'),
                  render: (colleague) => `${colleague.firstName} ${colleague.lastName}`,
                },
                { key: 'email', label: t('auth.email'), render: (colleague) => colleague.email },
                { key: 'role', label: t('colleagues.role'), render: (colleague) => t(`role.${colleague.role}`) },
                {
                  key: 'status',
                  label: t('colleagues.status'),
                  render: (colleague) => (
                    <Badge color={colleague.status === 'active' ? 'green' : 'gray'} variant="light">
                      {t(`colleagues.statuses.${colleague.status}`)}
                    </Badge>
                  ),
                },
                {
                  key: 'actions',
                  label: t('common.actions'),
                  action: true,
                  hiddenLabel: true,
                  render: (colleague) =>
                    colleague.id !== me?.id &&
                    colleague.role !== 'superuser' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRemoving(colleague)}
                        aria-label={t('colleagues.removeNamed', {
                          name: `${colleague.firstName} ${colleague.lastName}`,
                        })}
                      >
                        {t('colleagues.remove')}
                      </Button>
                    ),
                },
              ]}
            />
          )}
        </Paper>

        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="invite-title">
          <Title order={2} size="h4" id="invite-title">
            {t('colleagues.inviteTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('colleagues.inviteIntro')}
          </Text>
          <form
            noValidate
            onSubmit={form.handleSubmit((values) => {
              setInvited(null);
              invite.mutate(values);
            })}
          >
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('registration.contact.firstName')}
                  required
                  {...form.register('firstName')}
                  error={errors.firstName?.message}
                />
                <TextInput
                  label={t('registration.contact.lastName')}
                  required
                  {...form.register('lastName')}
                  error={errors.lastName?.message}
                />
              </SimpleGrid>
              <TextInput
                label={t('auth.email')}
                type="email"
                required
                {...form.register('email')}
                error={errors.email?.message}
              />
              <Controller
                control={form.control}
                name="locale"
                render={({ field }) => (
                  <LanguageSelect
                    label={t('colleagues.locale')}
                    value={field.value}
                    onChange={field.onChange}
                    name={field.name}
                  />
                )}
              />
              {invite.isError && <ErrorAlert error={invite.error} />}
              {invited && (
                <Alert color="green" role="status">
                  {t('colleagues.invited', { email: invited })}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={invite.isPending}>
                  {t('colleagues.inviteSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Stack>

      <Modal opened={!!removing} onClose={() => setRemoving(null)} title={t('colleagues.removeTitle')} centered>
        <Stack>
          <Text>
            {t('colleagues.removeConfirm', {
              name: removing ? `${removing.firstName} ${removing.lastName}` : '',
              email: removing?.email ?? '',
            })}
          </Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => removing && remove.mutate(removing.id)}>
              {t('colleagues.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}
