import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError, api } from '../../shared/api/client.js';
import { DateField } from '../../shared/components/DateField.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import type { CollectionRun, CollectionRunList, FinanceInvoiceList } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import { type FinanceInvoice, money } from './financeFormat.js';

type Run = z.infer<typeof CollectionRun>;
type Item = Run['items'][number];
const runsKey = ['finance', 'collection-runs'] as const;

function ReturnItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const mark = useMutation({
    mutationFn: () => api.post(`/api/finance/collection-items/${item.id}/returned`, { reason: reason.trim() }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['finance'] }),
  });
  if (!open) {
    return (
      <Button size="xs" variant="subtle" color="red" onClick={() => setOpen(true)}>
        {t('finance.debit.markReturned')}
      </Button>
    );
  }
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          size="xs"
          aria-label={t('finance.debit.reason')}
          placeholder={t('finance.debit.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={200}
        />
        <Button
          size="xs"
          color="red"
          disabled={reason.trim().length < 2}
          loading={mark.isPending}
          onClick={() => mark.mutate()}
        >
          {t('finance.debit.confirmReturned')}
        </Button>
      </Group>
      {mark.isError && (
        <Text size="xs" c="red.8" role="alert">
          {mark.error.message}
        </Text>
      )}
    </Stack>
  );
}

function RunCard({ run, invoices }: { run: Run; invoices: ReadonlyMap<string, FinanceInvoice> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const step = useMutation({
    mutationFn: (to: 'submitted' | 'settled') => api.post<Run>(`/api/finance/collection-runs/${run.id}/${to}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['finance'] }),
  });
  const total = run.items.reduce((sum, item) => sum + item.amountMinor, 0);
  return (
    <Paper withBorder p="md" radius="md" data-testid="collection-run" data-run-id={run.id}>
      <Group justify="space-between" mb="xs">
        <div>
          <Text fw={600}>{t('finance.debit.runTitle', { date: format.date(run.collectionDate) })}</Text>
          <Text size="sm" c="dimmed">
            {t('finance.debit.runInfo', {
              messageId: run.messageId,
              count: run.items.length,
              total: money(total, 'EUR', i18n.language),
            })}
          </Text>
        </div>
        <Group gap="xs">
          <Badge variant="light" data-testid="run-status">
            {t(`finance.debit.runStatus.${run.status}`)}
          </Badge>
          <Anchor href={`/api/finance/collection-runs/${run.id}/pain008`} download size="sm">
            {t('finance.debit.pain008')}
          </Anchor>
          {run.status === 'created' && (
            <Button size="xs" loading={step.isPending} onClick={() => step.mutate('submitted')}>
              {t('finance.debit.markSubmitted')}
            </Button>
          )}
          {run.status === 'submitted' && (
            <Button size="xs" loading={step.isPending} onClick={() => step.mutate('settled')}>
              {t('finance.debit.markSettled')}
            </Button>
          )}
        </Group>
      </Group>
      {step.isError && <ErrorAlert error={step.error} />}
      <Table.ScrollContainer minWidth={800}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance.debit.invoice')}</Table.Th>
              <Table.Th>{t('finance.col.buyer')}</Table.Th>
              <Table.Th>{t('finance.debit.mandate')}</Table.Th>
              <Table.Th>{t('finance.debit.sequence')}</Table.Th>
              <Table.Th>{t('finance.statements.amount')}</Table.Th>
              <Table.Th>{t('finance.col.status')}</Table.Th>
              <Table.Th>{t('finance.col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {invoices.get(item.invoiceId)?.number ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{invoices.get(item.invoiceId)?.buyerName ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {item.mandateReference}
                  </Text>
                </Table.Td>
                <Table.Td>{item.sequenceType}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{money(item.amountMinor, 'EUR', i18n.language)}</Table.Td>
                <Table.Td>{t(`finance.debit.itemStatus.${item.status}`)}</Table.Td>
                <Table.Td>
                  {item.status !== 'returned' && run.status !== 'created' && <ReturnItem item={item} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

export function DirectDebitTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [collectionDate, setCollectionDate] = useState('');
  const runs = useQuery({
    queryKey: runsKey,
    queryFn: () => api.get<z.infer<typeof CollectionRunList>>('/api/finance/collection-runs'),
  });
  // The invoices of the runs' items, by id (the same query as the invoices tab without filters).
  const invoices = useQuery({
    queryKey: ['finance', 'invoices', ''],
    queryFn: () => api.get<z.infer<typeof FinanceInvoiceList>>('/api/finance/invoices'),
  });
  const byId = new Map((invoices.data?.items ?? []).map((invoice) => [invoice.id, invoice]));
  const create = useMutation({
    mutationFn: () => api.post<Run>('/api/finance/collection-runs', { collectionDate }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['finance'] }),
  });
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <DateField
          label={t('finance.debit.collectionDate')}
          value={collectionDate}
          onChange={setCollectionDate}
          // The server's reason, already in the user's language: a weekend, a TARGET2 holiday, a past or too near date.
          error={create.error instanceof ApiError ? create.error.fields.collectionDate : undefined}
        />
        <Button disabled={!collectionDate} loading={create.isPending} onClick={() => create.mutate()}>
          {t('finance.debit.createRun')}
        </Button>
      </Group>
      {create.isError && <ErrorAlert error={create.error} />}
      {runs.isPending && <PageLoader />}
      {runs.isError && <ErrorAlert error={runs.error} />}
      {runs.data &&
        (runs.data.items.length === 0 ? (
          <Text c="dimmed">{t('finance.debit.noRuns')}</Text>
        ) : (
          runs.data.items.map((run) => <RunCard key={run.id} run={run} invoices={byId} />)
        ))}
    </Stack>
  );
}
