import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError, api } from '../../shared/api/client.js';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { LanguageSelect } from '../../shared/components/LanguageSelect.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { StaffInviteInput, type StaffList, type StaffMember, StaffRole } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { currentLanguage, serverLocale } from '../../shared/i18n/i18n.js';

type Member = z.infer<typeof StaffMember>;
const staffKey = ['admin', 'staff'] as const;

export function StaffPage() {
  const { t } = useTranslation();
  const me = useMe().data?.user;
  const client = useQueryClient();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [resetting, setResetting] = useState<Member | null>(null);
  const [wasReset, setWasReset] = useState<string | null>(null);
  const [invited, setInvited] = useState<string | null>(null);
  useDocumentTitle(t('staff.title'));
  const list = useQuery({ queryKey: staffKey, queryFn: () => api.get<z.infer<typeof StaffList>>('/api/admin/staff') });

  const resolver = useMemo(() => zodResolver(StaffInviteInput, zodMessages(t)), [t]);
  const form = useForm<z.input<typeof StaffInviteInput>, unknown, z.output<typeof StaffInviteInput>>({
    resolver,
    defaultValues: {
      email: '',
      firstName: '',
      lastName: '',
      locale: serverLocale(currentLanguage()),
      role: 'validator',
    },
  });
  const invite = useMutation({
    mutationFn: (body: z.output<typeof StaffInviteInput>) => api.post<Member>('/api/admin/staff', body),
    onSuccess: (member) => {
      setInvited(member.email);
      form.reset({ email: '', firstName: '', lastName: '', locale: form.getValues('locale'), role: 'validator' });
      void client.invalidateQueries({ queryKey: staffKey });
    },
    onError: (error) => {
      if (error instanceof ApiError)
        applyFieldErrors(error, form.setError, ['email', 'firstName', 'lastName', 'locale', 'role']);
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/admin/staff/${id}`),
    onSuccess: () => {
      setRemoving(null);
      void client.invalidateQueries({ queryKey: staffKey });
    },
  });
  const resetTwoStep = useMutation({
    mutationFn: (member: Member) => api.delete<{ ok: true }>(`/api/admin/staff/${member.id}/two-step`),
    onSuccess: (_, member) => {
      setResetting(null);
      setWasReset(`${member.firstName} ${member.lastName}`);
      void client.invalidateQueries({ queryKey: staffKey });
    },
  });
  const errors = form.formState.errors;
  const roles = StaffRole.options.map((role) => ({ value: role, label: t(`role.${role}`) }));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('staff.title')}</Title>
        <Text c="dimmed">{t('staff.intro')}</Text>
      </div>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="staff-list-title">
        <Title order={2} size="h4" id="staff-list-title" mb="sm">
          {t('staff.listTitle')}
        </Title>
        {list.isPending && <PageLoader />}
        {list.isError && <ErrorAlert error={list.error} />}
        {wasReset && (
          <Alert color="green" role="status" mb="sm" withCloseButton onClose={() => setWasReset(null)}>
            {t('twoStep.staff.resetDone', { name: wasReset })}
          </Alert>
        )}
        {list.data && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('colleagues.name')}</Table.Th>
                  <Table.Th>{t('auth.email')}</Table.Th>
                  <Table.Th>{t('colleagues.role')}</Table.Th>
                  <Table.Th>{t('colleagues.status')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('twoStep.staff.column')}</Table.Th>
                  <Table.Th>
                    <span className="pp-visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      {member.firstName} {member.lastName}
                    </Table.Td>
                    <Table.Td>{member.email}</Table.Td>
                    <Table.Td>{t(`role.${member.role}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={member.status === 'active' ? 'green' : 'gray'} variant="light" miw="max-content">
                        {t(`colleagues.statuses.${member.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Badge
                          color={member.twoStep ? 'green' : 'gray'}
                          variant="light"
                          miw="max-content"
                          data-testid="two-step-badge"
                        >
                          {t(member.twoStep ? 'twoStep.staff.on' : 'twoStep.staff.off')}
                        </Badge>
                        {member.twoStep && member.id !== me?.id && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => {
                              resetTwoStep.reset();
                              setResetting(member);
                            }}
                            aria-label={t('twoStep.staff.resetNamed', {
                              name: `${member.firstName} ${member.lastName}`,
                            })}
                          >
                            {t('twoStep.staff.reset')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {member.id !== me?.id && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRemoving(member)}
                          aria-label={t('colleagues.removeNamed', { name: `${member.firstName} ${member.lastName}` })}
                        >
                          {t('colleagues.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="staff-invite-title">
        <Title order={2} size="h4" id="staff-invite-title">
          {t('staff.inviteTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('staff.inviteIntro')}
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
              <TextInput
                label={t('auth.email')}
                type="email"
                required
                {...form.register('email')}
                error={errors.email?.message}
              />
              <Controller
                control={form.control}
                name="role"
                render={({ field, fieldState }) => (
                  <Select
                    label={t('colleagues.role')}
                    required
                    data={roles}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? 'validator')}
                    allowDeselect={false}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </SimpleGrid>
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

      <Modal opened={!!removing} onClose={() => setRemoving(null)} title={t('staff.removeTitle')} centered>
        <Stack>
          <Text>
            {t('staff.removeConfirm', {
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

      <Modal opened={!!resetting} onClose={() => setResetting(null)} title={t('twoStep.staff.resetTitle')} centered>
        <Stack>
          <Text>
            {t('twoStep.staff.resetConfirm', {
              name: resetting ? `${resetting.firstName} ${resetting.lastName}` : '',
              email: resetting?.email ?? '',
            })}
          </Text>
          {resetTwoStep.isError && <ErrorAlert error={resetTwoStep.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setResetting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={resetTwoStep.isPending}
              onClick={() => resetting && resetTwoStep.mutate(resetting)}
            >
              {t('twoStep.staff.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
