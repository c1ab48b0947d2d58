import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { FilterBar } from '../../shared/components/FilterBar.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { PAYMENT_SOURCES } from '../../shared/contracts.js';
import { money, shortDate } from './financeFormat.js';
import { financeQueries, type PaymentFilters } from './queries.js';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Money received by every route (card, bank statement, direct debit), and returned collections. */
export function PaymentsTab() {
  const { t, i18n } = useTranslation();
  const [source, setSource] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filters = { source: (source ?? undefined) as PaymentFilters['source'], from, to };
  const list = useQuery(financeQueries.payments(filters));
  const currency = list.data?.items[0]?.currency ?? 'EUR';

  return (
    <Stack gap="md">
      <FilterBar
        choice={{
          label: t('finance.payments.source'),
          placeholder: t('finance.payments.allSources'),
          options: PAYMENT_SOURCES.map((value) => ({ value, label: t(`finance.payments.sourceValue.${value}`) })),
        }}
        value={source}
        onChange={setSource}
        dates={{ fromLabel: t('finance.payments.from'), toLabel: t('finance.payments.to'), from, to }}
        onDates={(d) => {
          setFrom(d.from);
          setTo(d.to);
        }}
      >
        <Anchor href={`/api/exports/payments.csv${query(filters)}`} download="payments.csv">
          {t('dashboard.export.filtered')}
        </Anchor>
      </FilterBar>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <>
          <Text size="sm" data-testid="payments-total">
            {t('finance.payments.total', {
              count: list.data.items.length,
              total: money(list.data.totalMinor, currency, i18n.language),
            })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text c="dimmed">{t('finance.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover data-testid="payments-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('finance.payments.receivedAt')}</Table.Th>
                    <Table.Th>{t('finance.col.number')}</Table.Th>
                    <Table.Th>{t('finance.col.buyer')}</Table.Th>
                    <Table.Th>{t('finance.payments.source')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('finance.statements.amount')}</Table.Th>
                    <Table.Th>{t('finance.payments.externalId')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td style={nowrap}>{shortDate(p.receivedAt, i18n.language)}</Table.Td>
                      <Table.Td style={nowrap}>{p.invoiceNumber ?? '—'}</Table.Td>
                      <Table.Td>{p.buyerName}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={p.amountMinor < 0 ? 'red' : 'green'} style={nowrap}>
                          {t(`finance.payments.sourceValue.${p.source}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td style={{ ...nowrap, textAlign: 'right' }}>
                        {money(p.amountMinor, p.currency, i18n.language)}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                          {p.externalId}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
