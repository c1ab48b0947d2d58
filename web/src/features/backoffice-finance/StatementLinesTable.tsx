import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { money, shortDate } from './financeFormat.js';
import type { StatementLine } from './queries.js';

const STATUS_COLORS = { matched: 'green', unmatched: 'orange', ignored: 'gray', not_booked: 'yellow' };
const nowrap = { whiteSpace: 'nowrap' } as const;

function useLineCells() {
  const { t, i18n } = useTranslation();
  return {
    date: (line: StatementLine) => shortDate(line.bookingDate, i18n.language),
    amount: (line: StatementLine) =>
      line.amountMinor === null || line.currency === null
        ? '—'
        : `${line.creditDebit === 'DBIT' ? '−' : ''}${money(line.amountMinor, line.currency, i18n.language)}`,
    reference: (line: StatementLine) => (
      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {line.reference ?? line.remittance ?? '—'}
      </Text>
    ),
    status: (line: StatementLine) => (
      <Badge color={STATUS_COLORS[line.status]} variant="light" miw="max-content">
        {t(`finance.statements.status.${line.status}`)}
      </Badge>
    ),
    matchedBy: (line: StatementLine) =>
      line.matchedBy ? t(`finance.statements.matchedByValue.${line.matchedBy}`) : '—',
    reason: (line: StatementLine) => (line.reason ? t(`finance.statements.reasonValue.${line.reason}`) : '—'),
  };
}

type Props = { lines: readonly StatementLine[]; action?: (line: StatementLine) => ReactNode };

/** On a phone a card per line: its status (or the matching controls) first, under the amount. */
function LineCards({ lines, action }: Props) {
  const { t } = useTranslation();
  const cell = useLineCells();
  return (
    <Stack gap="xs">
      {lines.map((line) => (
        <Paper key={line.id} withBorder p="xs" radius="sm" data-testid="statement-line">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm" fw={600} style={nowrap}>
              {cell.amount(line)}
            </Text>
            {!action && cell.status(line)}
          </Group>
          <Text size="sm">
            {t('finance.statements.line')} {line.lineNo} · {cell.date(line)} · {line.debtorName ?? '—'}
          </Text>
          {cell.reference(line)}
          {!action && line.matchedBy && (
            <Text size="sm" c="dimmed">
              {t('finance.statements.matchedBy')}: {cell.matchedBy(line)}
            </Text>
          )}
          {line.reason && (
            <Text size="sm" c="dimmed">
              {t('finance.statements.reason')}: {cell.reason(line)}
            </Text>
          )}
          {action && <div>{action(line)}</div>}
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * Statement lines; with `action` it is the manual queue, where every line is unmatched, so the
 * status columns give way to the matching controls. A table on wide screens, cards on a phone.
 */
export function StatementLinesTable({ lines, action }: Props) {
  const { t } = useTranslation();
  const cell = useLineCells();
  const narrow = useMediaQuery('(max-width: 48em)');
  if (narrow) return <LineCards lines={lines} action={action} />;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('finance.statements.line')}</Table.Th>
            <Table.Th>{t('finance.statements.bookingDate')}</Table.Th>
            <Table.Th>{t('finance.statements.amount')}</Table.Th>
            <Table.Th>{t('finance.statements.debtor')}</Table.Th>
            <Table.Th>{t('finance.statements.reference')}</Table.Th>
            {!action && <Table.Th>{t('finance.col.status')}</Table.Th>}
            {!action && <Table.Th>{t('finance.statements.matchedBy')}</Table.Th>}
            <Table.Th>{t('finance.statements.reason')}</Table.Th>
            {action && <Table.Th>{t('finance.col.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>{line.lineNo}</Table.Td>
              <Table.Td style={nowrap}>{cell.date(line)}</Table.Td>
              <Table.Td style={nowrap}>{cell.amount(line)}</Table.Td>
              <Table.Td>{line.debtorName ?? '—'}</Table.Td>
              <Table.Td>{cell.reference(line)}</Table.Td>
              {!action && <Table.Td>{cell.status(line)}</Table.Td>}
              {!action && <Table.Td>{cell.matchedBy(line)}</Table.Td>}
              <Table.Td>{cell.reason(line)}</Table.Td>
              {action && <Table.Td>{action(line)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
