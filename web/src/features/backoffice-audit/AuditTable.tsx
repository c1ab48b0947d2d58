import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { EntryAction, EntryActor, EntryDetail, EntryEntity, EntryTime, nowrap } from './AuditEntryParts.js';
import type { AuditEntry } from './queries.js';

type Props = {
  items: AuditEntry[];
  labels: unknown;
  /** The previous filter's rows, shown dimmed while the new filter loads. */
  stale: boolean;
  onEntity(entityId: string): void;
};

/**
 * The entries: a table on wide screens, and on a phone a card per entry, so the action and the
 * entity's filter link never sit off screen.
 */
export function AuditTable(props: Props) {
  const narrow = useMediaQuery('(max-width: 48em)');
  return narrow ? <AuditCards {...props} /> : <AuditRows {...props} />;
}

function AuditRows({ items, labels, stale, onEntity }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table
        striped
        verticalSpacing="xs"
        aria-label={t('audit.title')}
        aria-busy={stale}
        style={{ opacity: stale ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.col.at')}</Table.Th>
            <Table.Th>{t('audit.col.actor')}</Table.Th>
            <Table.Th>{t('audit.col.ip')}</Table.Th>
            <Table.Th>{t('audit.col.action')}</Table.Th>
            <Table.Th>{t('audit.col.entity')}</Table.Th>
            <Table.Th>{t('audit.col.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <Table.Td style={nowrap}>
                <EntryTime entry={entry} />
              </Table.Td>
              <Table.Td data-testid="audit-actor">
                <EntryActor entry={entry} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" style={nowrap}>
                  {entry.actorIp ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td data-testid="audit-action">
                <EntryAction entry={entry} labels={labels} />
              </Table.Td>
              <Table.Td>
                <EntryEntity entry={entry} onEntity={onEntity} />
              </Table.Td>
              <Table.Td data-testid="audit-detail" maw={320}>
                <EntryDetail entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AuditCards({ items, labels, stale, onEntity }: Props) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="xs"
      component="ul"
      p={0}
      m={0}
      aria-label={t('audit.title')}
      aria-busy={stale}
      style={{ listStyle: 'none', opacity: stale ? 0.6 : 1 }}
    >
      {items.map((entry) => (
        <Paper
          key={entry.id}
          component="li"
          withBorder
          p="xs"
          radius="sm"
          data-testid="audit-row"
          data-action={entry.action}
        >
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <div data-testid="audit-action">
              <EntryAction entry={entry} labels={labels} />
            </div>
            <EntryTime entry={entry} />
          </Group>
          <Group justify="space-between" align="flex-start" gap="xs" mt={4} wrap="nowrap">
            <div data-testid="audit-actor" style={{ minWidth: 0 }}>
              <EntryActor entry={entry} />
              {entry.actorIp && (
                <Text size="xs" c="dimmed" ff="monospace">
                  {entry.actorIp}
                </Text>
              )}
            </div>
            <div style={{ textAlign: 'right' }}>
              <EntryEntity entry={entry} onEntity={onEntity} />
            </div>
          </Group>
          <div data-testid="audit-detail">
            <EntryDetail entry={entry} />
          </div>
        </Paper>
      ))}
    </Stack>
  );
}
