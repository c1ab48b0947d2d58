import { Group, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSection } from '../../../../contracts/organisations.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useFormat } from '../../shared/i18n/format.js';
import { type OrganisationSectionPage, organisationQueries } from './queries.js';

const SIZE = 10;
type Row = OrganisationSectionPage['rows'][number];

/** A cell as people read it: instants and dates in the UI's format, amounts as money, codes by their label. */
function useCell() {
  const { t } = useTranslation();
  const format = useFormat();
  return (column: string, row: Row): string => {
    const value = row[column];
    if (value === null || value === undefined || value === '') return '—';
    if (column.endsWith('Minor') && typeof value === 'number')
      return format.money(value, String(row.currency ?? 'EUR'));
    if (/At$|^at$/.test(column)) return format.dateTime(String(value));
    if (/(Date|On)$/.test(column)) return format.date(String(value));
    if (column === 'action') return t(`audit.action.${value}`, { defaultValue: String(value) });
    if (column === 'entityType') return t(`audit.entity.${value}`, { defaultValue: String(value) });
    if (column === 'role') return t(`role.${value}`, { defaultValue: String(value) });
    if (column === 'delta' && typeof value === 'number')
      return value > 0 ? `+${format.number(value)}` : format.number(value);
    if (typeof value === 'number') return format.number(value);
    if (typeof value === 'boolean') return value ? t('organisations.yes') : t('organisations.no');
    return String(value);
  };
}

/**
 * One section of the organisation page, a page at a time: a table on wide screens, and on a phone
 * a card per row so no column hides off screen.
 */
export function SectionTable({ id, section, count }: { id: string; section: OrganisationSection; count: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const narrow = useMediaQuery('(max-width: 48em)');
  const cell = useCell();
  const data = useQuery(organisationQueries.section(id, section, page, SIZE));
  const headingId = `section-${section}`;
  const columns = data.data?.columns ?? [];
  const label = (column: string) => t(`organisations.column.${column}`);

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={`section-${section}`}
    >
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t(`organisations.section.${section}`)} ({count})
      </Title>
      {data.isError && <ErrorAlert error={data.error} />}
      {data.data && data.data.rows.length === 0 && <Text c="dimmed">{t('organisations.empty')}</Text>}
      {data.data && data.data.rows.length > 0 && narrow && (
        <Stack gap="xs">
          {data.data.rows.map((row) => (
            <Paper key={String(row.id)} withBorder p="xs" radius="sm">
              {columns.map((column) => (
                <Group key={column} justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" c="dimmed">
                    {label(column)}
                  </Text>
                  <Text size="sm" ta="right" style={{ overflowWrap: 'anywhere' }}>
                    {cell(column, row)}
                  </Text>
                </Group>
              ))}
            </Paper>
          ))}
        </Stack>
      )}
      {data.data && data.data.rows.length > 0 && !narrow && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column}>{label(column)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.data.rows.map((row) => (
                <Table.Tr key={String(row.id)}>
                  {columns.map((column) => (
                    <Table.Td key={column}>{cell(column, row)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data.data && data.data.total > SIZE && (
        <Pagination
          mt="sm"
          total={Math.ceil(data.data.total / SIZE)}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': t(`organisations.page.${control}`) })}
          getItemProps={(item) => ({ 'aria-label': t('organisations.page.number', { page: item }) })}
        />
      )}
    </Paper>
  );
}
