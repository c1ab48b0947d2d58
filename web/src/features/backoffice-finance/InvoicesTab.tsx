import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { FilterBar } from '../../shared/components/FilterBar.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { type FinanceInvoice, money, PAYMENT_STATUSES } from './financeFormat.js';
import { InvoicesTable } from './InvoicesTable.js';
import { financeKeys, financeQueries, financeRequests, type InvoiceFilters } from './queries.js';

export function InvoicesTab() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [paymentStatus, setPaymentStatus] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [crediting, setCrediting] = useState<FinanceInvoice | null>(null);
  const filters = { paymentStatus: (paymentStatus ?? undefined) as InvoiceFilters['paymentStatus'], from, to };
  const list = useQuery(financeQueries.invoices(filters));
  const credit = useMutation({
    mutationFn: (id: string) => financeRequests.creditNote(id),
    onSuccess: () => {
      setCrediting(null);
      void client.invalidateQueries({ queryKey: financeKeys.all });
    },
  });
  const currency = list.data?.items[0]?.currency ?? 'EUR';

  return (
    <Stack gap="md">
      <FilterBar
        choice={{
          label: t('finance.invoices.status'),
          placeholder: t('finance.invoices.allStatuses'),
          options: PAYMENT_STATUSES.map((value) => ({ value, label: t(`finance.paymentStatus.${value}`) })),
        }}
        value={paymentStatus}
        onChange={setPaymentStatus}
        dates={{ fromLabel: t('finance.invoices.from'), toLabel: t('finance.invoices.to'), from, to }}
        onDates={(d) => {
          setFrom(d.from);
          setTo(d.to);
        }}
      >
        <Anchor href={`/api/exports/invoices.csv${query(filters)}`} download="invoices.csv">
          {t('finance.invoices.csv')}
        </Anchor>
      </FilterBar>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && (
        <>
          <Text size="sm" data-testid="finance-totals">
            {t('finance.invoices.totals', {
              net: money(list.data.totals.netMinor, currency, i18n.language),
              vat: money(list.data.totals.vatMinor, currency, i18n.language),
              total: money(list.data.totals.totalMinor, currency, i18n.language),
              paid: money(list.data.totals.paidMinor, currency, i18n.language),
            })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text c="dimmed">{t('finance.empty')}</Text>
          ) : (
            <InvoicesTable invoices={list.data.items} onCredit={setCrediting} />
          )}
        </>
      )}
      <Modal
        opened={crediting !== null}
        onClose={() => {
          setCrediting(null);
          credit.reset();
        }}
        title={t('finance.invoices.creditTitle')}
      >
        <Stack>
          <Text>{t('finance.invoices.creditConfirm', { number: crediting?.number ?? '' })}</Text>
          {credit.isError && <ErrorAlert error={credit.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCrediting(null)}>
              {t('finance.cancel')}
            </Button>
            <Button color="red" loading={credit.isPending} onClick={() => crediting && credit.mutate(crediting.id)}>
              {t('finance.invoices.creditNote')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
