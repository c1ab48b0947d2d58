import { Alert, Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { useFormat } from '../../shared/i18n/format.js';
import { QUEUE_FILTERS, type QueueFilter } from './api.js';
import { supportStaffQueries } from './queries.js';
import { StaffStatusBadge, TierBadge } from './TicketBadges.js';
import { TicketQueueCards } from './TicketQueueCards.js';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function TicketQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('supportStaff.queue.title'));
  const requested = params.get('status');
  const status: QueueFilter = (QUEUE_FILTERS as readonly string[]).includes(requested ?? '')
    ? (requested as QueueFilter)
    : 'unresolved';
  const queue = useQuery(supportStaffQueries.queue(status));
  const items = queue.data?.items ?? [];
  const narrow = useMediaQuery('(max-width: 48em)');

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('supportStaff.queue.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('supportStaff.queue.explain')}
        </Text>
      </div>
      <div>
        <Text size="sm" fw={500} id="ticket-status-filter" mb={4}>
          {t('supportStaff.queue.filter')}
        </Text>
        <SegmentedControl
          aria-labelledby="ticket-status-filter"
          data={QUEUE_FILTERS.map((value) => ({ value, label: t(`supportStaff.filter.${value}`) }))}
          value={status}
          onChange={(value) => setParams(value === 'unresolved' ? {} : { status: value }, { replace: true })}
        />
      </div>
      {queue.isPending && <PageLoader />}
      {queue.isError && <ErrorAlert error={queue.error} />}
      {queue.data && items.length === 0 && (
        <Alert color="gray" variant="light">
          {t('supportStaff.queue.empty')}
        </Alert>
      )}
      {items.length > 0 && narrow && <TicketQueueCards items={items} />}
      {items.length > 0 && !narrow && (
        <Table.ScrollContainer minWidth={1040}>
          <Table highlightOnHover verticalSpacing="xs" aria-label={t('supportStaff.queue.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('supportStaff.col.reference')}</Table.Th>
                <Table.Th>{t('supportStaff.col.tier')}</Table.Th>
                <Table.Th>{t('supportStaff.col.from')}</Table.Th>
                <Table.Th>{t('supportStaff.col.subject')}</Table.Th>
                <Table.Th>{t('supportStaff.col.status')}</Table.Th>
                <Table.Th>{t('supportStaff.col.firstResponse')}</Table.Th>
                <Table.Th>{t('supportStaff.col.assignee')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr
                  key={item.id}
                  data-testid="ticket-row"
                  data-overdue={item.firstResponseOverdue}
                  className={item.firstResponseOverdue ? 'pp-overdue-row' : undefined}
                >
                  <Table.Td style={NOWRAP}>
                    <Anchor component={Link} to={`/back-office/tickets/${item.id}`} fw={600}>
                      {item.reference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <TierBadge tier={item.tier} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {item.organisationName ?? t('supportStaff.contactForm')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {item.contactEmail}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.subject}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`support.category.${item.category}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <StaffStatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={item.firstResponseOverdue ? 'red.9' : undefined}
                      fw={item.firstResponseOverdue ? 700 : undefined}
                    >
                      {format.dateTime(item.firstResponseDueAt)}
                    </Text>
                    <Group gap={4}>
                      {item.firstResponseOverdue && (
                        <Badge color="red" size="xs" variant="filled">
                          {t('supportStaff.overdue')}
                        </Badge>
                      )}
                      <Text size="xs" c={item.firstResponseOverdue ? 'red.9' : 'dimmed'}>
                        {format.relative(item.firstResponseDueAt)}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {item.assigneeName ?? (
                      <Text c="dimmed" size="sm">
                        {t('supportStaff.unassigned')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
