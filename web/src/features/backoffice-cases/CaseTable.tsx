import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/i18n/format.js';
import type { CaseListBody } from './queries.js';
import { useSlaLeft } from './SlaLeft.js';
import { StatusBadge } from './StatusBadge.js';

type Item = CaseListBody['items'][number];

/** The SLA due date, its overdue badge and the working days left. */
function Sla({ item }: { item: Item }) {
  const { t } = useTranslation();
  const format = useFormat();
  const slaLeft = useSlaLeft();
  if (!item.slaDueAt) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" c={item.overdue ? 'red.9' : undefined} fw={item.overdue ? 700 : undefined}>
        {format.dateTime(item.slaDueAt)}
      </Text>
      <Group gap={4}>
        {item.overdue && (
          <Badge color="red" size="xs" variant="filled">
            {t('cases.overdue')}
          </Badge>
        )}
        <Text size="xs" c={item.overdue ? 'red.9' : 'dimmed'} data-testid="sla-left">
          {slaLeft(item.slaWorkingDaysLeft)}
        </Text>
      </Group>
    </Stack>
  );
}

function Organisation({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <span>{item.organisationName}</span>
      {item.clean && (
        <Badge color="green" size="xs" variant="light" data-testid="clean-badge">
          {t('cases.evidence.clean')}
        </Badge>
      )}
    </Group>
  );
}

function Assignee({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    item.assigneeName ?? (
      <Text c="dimmed" size="sm">
        {t('cases.unassigned')}
      </Text>
    )
  );
}

const CaseLink = ({ item }: { item: Item }) => (
  <Anchor component={Link} to={`/back-office/cases/${item.id}`} fw={600}>
    {item.reference}
  </Anchor>
);

/** On a phone a card per case: the link, the status and the SLA stay in view without scrolling sideways. */
function CaseCards({ items }: { items: readonly Item[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" role="list" aria-label={t('cases.title')}>
      {items.map((item) => (
        <Paper
          key={item.id}
          withBorder
          p="xs"
          radius="sm"
          role="listitem"
          className={item.overdue ? 'pp-overdue-row' : undefined}
          data-overdue={item.overdue}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <CaseLink item={item} />
            <StatusBadge status={item.status} />
          </Group>
          <Organisation item={item} />
          <Text size="sm" c="dimmed">
            {format.country(item.country)} · {format.dateTime(item.submittedAt)}
          </Text>
          <Group justify="space-between" wrap="nowrap" align="flex-end" mt={4}>
            <Sla item={item} />
            <Assignee item={item} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The validation queue: a table on wide screens, a card per case on a phone. */
export function CaseTable({ items }: { items: readonly Item[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const narrow = useMediaQuery('(max-width: 48em)');
  if (narrow) return <CaseCards items={items} />;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('cases.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.col.reference')}</Table.Th>
            <Table.Th>{t('cases.col.organisation')}</Table.Th>
            <Table.Th>{t('cases.col.country')}</Table.Th>
            <Table.Th>{t('cases.col.status')}</Table.Th>
            <Table.Th>{t('cases.col.submitted')}</Table.Th>
            <Table.Th>{t('cases.col.slaDue')}</Table.Th>
            <Table.Th>{t('cases.col.assignee')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} className={item.overdue ? 'pp-overdue-row' : undefined} data-overdue={item.overdue}>
              <Table.Td>
                <CaseLink item={item} />
              </Table.Td>
              <Table.Td>
                <Organisation item={item} />
              </Table.Td>
              <Table.Td>{format.country(item.country)}</Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{format.dateTime(item.submittedAt)}</Table.Td>
              <Table.Td>
                <Sla item={item} />
              </Table.Td>
              <Table.Td>
                <Assignee item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
