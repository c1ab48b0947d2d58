import { Card, Group, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { PERIODS, type PeriodKey, periodRange } from './period.js';
import { type ChartRow, type InsightChart, insightQueries } from './queries.js';

export type TableColumn = { key: string; label: string; format?: (value: string | number) => string };

type Props = {
  chart: InsightChart;
  title: string;
  description: string;
  defaultPeriod?: PeriodKey;
  /** The chart drawn from the rows (hidden from assistive technology: the table holds the figures). */
  render(rows: ChartRow[]): ReactNode;
  /** The columns of the table that gives the same figures. */
  columns: TableColumn[];
  /** The table's rows, when they differ from the API's (e.g. pivoted). */
  tableRows?(rows: ChartRow[]): ChartRow[];
};

/** One dashboard chart: its own period picker, the chart, and a table of the same figures for screen readers. */
export function ChartCard({ chart, title, description, defaultPeriod = 'quarter', render, columns, tableRows }: Props) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<PeriodKey>(defaultPeriod);
  const headingId = useId();
  const range = periodRange(period);
  const data = useQuery(insightQueries.chart(chart, range));
  const rows = data.data?.rows ?? [];
  const table = tableRows ? tableRows(rows) : rows;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid={`chart-${chart}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </div>
          <SegmentedControl
            size="xs"
            aria-label={t('dashboard.period.label', { chart: title })}
            value={period}
            onChange={(value) => setPeriod(value as PeriodKey)}
            data={Object.keys(PERIODS).map((key) => ({ value: key, label: t(`dashboard.period.${key}`) }))}
          />
        </Group>
        {data.isPending && <PageLoader />}
        {data.isError && <ErrorAlert error={data.error} />}
        {data.data && (
          <>
            {/* Inert: the chart draws the figures the table gives; recharts makes its surface focusable. */}
            <div inert>{render(rows)}</div>
            <VisuallyHidden>
              <Table data-testid={`chart-${chart}-table`}>
                <caption>{t('dashboard.tableCaption', { chart: title, from: range.from, to: range.to })}</caption>
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((c) => (
                      <Table.Th key={c.key} scope="col">
                        {c.label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.map((row, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their bucket and order.
                    <Table.Tr key={i}>
                      {columns.map((c) => (
                        <Table.Td key={c.key}>
                          {c.format ? c.format(row[c.key] ?? 0) : String(row[c.key] ?? 0)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </VisuallyHidden>
          </>
        )}
      </Stack>
    </Card>
  );
}
