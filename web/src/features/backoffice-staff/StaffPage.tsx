import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { InviteStaffForm } from './InviteStaffForm.js';
import { fullName, type StaffMember, staffKeys, staffQueries, staffRequests } from './queries.js';
import { StaffTable } from './StaffTable.js';

export function StaffPage() {
  const { t } = useTranslation();
  const me = useMe().data?.user;
  const client = useQueryClient();
  const [removing, setRemoving] = useState<StaffMember | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const [wasReset, setWasReset] = useState<string | null>(null);
  useDocumentTitle(t('staff.title'));
  const list = useQuery(staffQueries.list());

  const remove = useMutation({
    mutationFn: staffRequests.remove,
    onSuccess: () => {
      setRemoving(null);
      void client.invalidateQueries({ queryKey: staffKeys.all });
    },
  });
  const resetTwoStep = useMutation({
    mutationFn: (member: StaffMember) => staffRequests.resetTwoStep(member.id),
    onSuccess: (_, member) => {
      setResetting(null);
      setWasReset(fullName(member));
      void client.invalidateQueries({ queryKey: staffKeys.all });
    },
  });

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
          <StaffTable
            items={list.data.items}
            meId={me?.id}
            onRemove={setRemoving}
            onResetTwoStep={(member) => {
              resetTwoStep.reset();
              setResetting(member);
            }}
          />
        )}
      </Paper>

      <InviteStaffForm />

      <ConfirmDialog
        opened={!!removing}
        onClose={() => setRemoving(null)}
        title={t('staff.removeTitle')}
        text={t('staff.removeConfirm', { name: removing ? fullName(removing) : '', email: removing?.email ?? '' })}
        submit={t('colleagues.remove')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing.id)}
      />
      <ConfirmDialog
        opened={!!resetting}
        onClose={() => setResetting(null)}
        title={t('twoStep.staff.resetTitle')}
        text={t('twoStep.staff.resetConfirm', {
          name: resetting ? fullName(resetting) : '',
          email: resetting?.email ?? '',
        })}
        submit={t('twoStep.staff.resetSubmit')}
        pending={resetTwoStep.isPending}
        error={resetTwoStep.error}
        onConfirm={() => resetting && resetTwoStep.mutate(resetting)}
      />
    </Stack>
  );
}
