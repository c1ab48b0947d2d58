import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api, query } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { FilterBar } from '../../shared/components/FilterBar.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import type { FinanceInvoiceList } from '../../shared/contracts.js';
import { type FinanceInvoice, money, PAYMENT_STATUS_COLORS, PAYMENT_STATUSES, shortDate } from './financeFormat.js';

const nowrap = { whiteSpace: 'nowrap' } as const;

export function InvoicesTab() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [paymentStatus, setPaymentStatus] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [crediting, setCrediting] = useState<FinanceInvoice | null>(null);
  const filters = query({ paymentStatus, from, to });
  const list = useQuery({
    queryKey: ['finance', 'invoices', filters],
    queryFn: () => api.get<z.infer<typeof FinanceInvoiceList>>(`/api/finance/invoices${filters}`),
    placeholderData: (previous) => previous,
  });
  const credit = useMutation({
    mutationFn: (id: string) => api.post<FinanceInvoice>(`/api/finance/invoices/${id}/credit-note`),
    onSuccess: () => {
      setCrediting(null);
      void client.invalidateQueries({ queryKey: ['finance'] });
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
        <Anchor href={`/api/exports/invoices.csv${filters}`} download="invoices.csv">
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
            <Table.ScrollContainer minWidth={960}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('finance.col.number')}</Table.Th>
                    <Table.Th>{t('finance.col.buyer')}</Table.Th>
                    <Table.Th>{t('finance.col.kind')}</Table.Th>
                    <Table.Th>{t('finance.col.issueDate')}</Table.Th>
                    <Table.Th>{t('finance.col.dueDate')}</Table.Th>
                    <Table.Th>{t('finance.col.method')}</Table.Th>
                    <Table.Th>{t('finance.col.total')}</Table.Th>
                    <Table.Th>{t('finance.col.paid')}</Table.Th>
                    <Table.Th>{t('finance.col.status')}</Table.Th>
                    <Table.Th>{t('finance.col.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((invoice) => {
                    const isVoid = invoice.documentStatus === 'void';
                    return (
                      <Table.Tr key={invoice.id}>
                        <Table.Td>
                          <Text
                            ff="monospace"
                            size="sm"
                            td={isVoid ? 'line-through' : undefined}
                            style={{ whiteSpace: 'nowrap' }}
                          >
                            {invoice.number ?? '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>{invoice.buyerName}</Table.Td>
                        <Table.Td>{t(`finance.kind.${invoice.kind}`)}</Table.Td>
                        <Table.Td style={nowrap}>{shortDate(invoice.issueDate, i18n.language)}</Table.Td>
                        <Table.Td style={nowrap}>{shortDate(invoice.dueDate, i18n.language)}</Table.Td>
                        <Table.Td>{t(`finance.method.${invoice.paymentMethod}`)}</Table.Td>
                        <Table.Td style={nowrap}>{money(invoice.totalMinor, invoice.currency, i18n.language)}</Table.Td>
                        <Table.Td style={nowrap}>{money(invoice.paidMinor, invoice.currency, i18n.language)}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={PAYMENT_STATUS_COLORS[invoice.paymentStatus]} miw="max-content">
                            {t(`finance.paymentStatus.${invoice.paymentStatus}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {invoice.kind === 'invoice' && invoice.documentStatus === 'finalised' && (
                            <Button size="xs" variant="light" color="red" onClick={() => setCrediting(invoice)}>
                              {t('finance.invoices.creditNote')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
