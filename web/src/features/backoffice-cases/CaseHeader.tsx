import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useFormat } from '../../shared/i18n/format.js';
import { type CaseDetail, caseRequests } from './queries.js';
import { useSlaLeft } from './SlaLeft.js';
import { StatusBadge } from './StatusBadge.js';

/** The case's name, reference, status and SLA, and who holds it (claim, take over, release). */
export function CaseHeader({ data, onUpdated }: { data: CaseDetail; onUpdated: (next: CaseDetail) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const slaLeft = useSlaLeft();
  const me = useMe().data?.user;
  const claim = useMutation({
    mutationFn: (action: 'claim' | 'release') => caseRequests[action](data.id),
    onSuccess: onUpdated,
  });
  const mine = !!me && data.assigneeId === me.id;
  const decided = data.status === 'approved' || data.status === 'rejected';
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <div>
        <Title order={1} size="h2">
          {data.organisationName}
        </Title>
        <Group gap="xs" mt={4}>
          <Text c="dimmed">
            {t('cases.col.reference')} <strong data-testid="case-reference">{data.reference}</strong>
          </Text>
          <StatusBadge status={data.status} size="md" />
          {data.overdue && (
            <Badge color="red" variant="filled">
              {t('cases.overdue')}
            </Badge>
          )}
        </Group>
      </div>
      <Paper withBorder p="sm" radius="md">
        <Stack gap={4}>
          <Text size="sm">
            {t('cases.col.slaDue')}:{' '}
            <Text span fw={700} c={data.overdue ? 'red.9' : undefined} data-testid="case-sla">
              {data.slaDueAt ? `${format.dateTime(data.slaDueAt)} (${slaLeft(data.slaWorkingDaysLeft)})` : '—'}
            </Text>
          </Text>
          <Text size="sm">
            {t('cases.col.assignee')}: <strong>{data.assigneeName ?? t('cases.unassigned')}</strong>
          </Text>
          {!decided && (
            <Group gap="xs">
              {mine ? (
                <Button size="xs" variant="default" onClick={() => claim.mutate('release')} loading={claim.isPending}>
                  {t('cases.release')}
                </Button>
              ) : (
                <Button size="xs" onClick={() => claim.mutate('claim')} loading={claim.isPending}>
                  {data.assigneeId ? t('cases.takeOver') : t('cases.claim')}
                </Button>
              )}
            </Group>
          )}
          {claim.isError && <ErrorAlert error={claim.error} />}
        </Stack>
      </Paper>
    </Group>
  );
}
