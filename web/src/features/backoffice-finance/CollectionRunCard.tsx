import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useFormat } from '../../shared/i18n/format.js';
import { type FinanceInvoice, money } from './financeFormat.js';
import { type CollectionRun, financeKeys, financeRequests } from './queries.js';

type Item = CollectionRun['items'][number];
type Invoices = ReadonlyMap<string, FinanceInvoice>;

function ReturnItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const mark = useMutation({
    mutationFn: () => financeRequests.markReturned(item.id, reason.trim()),
    onSuccess: () => void client.invalidateQueries({ queryKey: financeKeys.all }),
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

const returnable = (run: CollectionRun, item: Item) => item.status !== 'returned' && run.status !== 'created';

/** On a phone a card per collection: the invoice, its status and "returned" in view without scrolling. */
function ItemCards({ run, invoices }: { run: CollectionRun; invoices: Invoices }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs">
      {run.items.map((item) => (
        <Paper key={item.id} withBorder p="xs" radius="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {invoices.get(item.invoiceId)?.number ?? '—'}
            </Text>
            <Text size="sm">{t(`finance.debit.itemStatus.${item.status}`)}</Text>
          </Group>
          <Text size="sm">{invoices.get(item.invoiceId)?.buyerName ?? '—'}</Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {item.mandateReference} · {item.sequenceType} · {money(item.amountMinor, 'EUR', i18n.language)}
          </Text>
          {returnable(run, item) && <ReturnItem item={item} />}
        </Paper>
      ))}
    </Stack>
  );
}

function ItemsTable({ run, invoices }: { run: CollectionRun; invoices: Invoices }) {
  const { t, i18n } = useTranslation();
  return (
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
              <Table.Td>{returnable(run, item) && <ReturnItem item={item} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One SEPA collection run: its status, the pain.008 file, the next step, and its collections. */
export function CollectionRunCard({ run, invoices }: { run: CollectionRun; invoices: Invoices }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const narrow = useMediaQuery('(max-width: 48em)');
  const step = useMutation({
    mutationFn: (to: 'submitted' | 'settled') => financeRequests.stepRun(run.id, to),
    onSuccess: () => void client.invalidateQueries({ queryKey: financeKeys.all }),
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
      {narrow ? <ItemCards run={run} invoices={invoices} /> : <ItemsTable run={run} invoices={invoices} />}
    </Paper>
  );
}
