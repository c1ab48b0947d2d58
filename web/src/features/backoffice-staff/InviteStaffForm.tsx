import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { LanguageSelect } from '../../shared/components/LanguageSelect.js';
import { StaffInviteInput, StaffRole } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { currentLanguage, serverLocale } from '../../shared/i18n/i18n.js';
import { staffKeys, staffRequests } from './queries.js';

/** Invites a new staff member: they receive an e-mail to set their password. */
export function InviteStaffForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [invited, setInvited] = useState<string | null>(null);
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
    mutationFn: staffRequests.invite,
    onSuccess: (member) => {
      setInvited(member.email);
      form.reset({ email: '', firstName: '', lastName: '', locale: form.getValues('locale'), role: 'validator' });
      void client.invalidateQueries({ queryKey: staffKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError)
        applyFieldErrors(error, form.setError, ['email', 'firstName', 'lastName', 'locale', 'role']);
    },
  });
  const errors = form.formState.errors;
  const roles = StaffRole.options.map((role) => ({ value: role, label: t(`role.${role}`) }));

  return (
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
  );
}
