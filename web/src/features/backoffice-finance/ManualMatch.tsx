import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpen, money } from './financeFormat.js';
import { financeKeys, financeQueries, financeRequests, type StatementLine } from './queries.js';

/** Matches an unmatched statement line to an invoice still waiting for money, by hand. */
export function ManualMatch({ line }: { line: StatementLine }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  // Every invoice still waiting for money: pending, partially paid, overdue or failed.
  const open = useQuery(financeQueries.invoices());
  const match = useMutation({
    mutationFn: (id: string) => financeRequests.match(line.id, id),
    onSuccess: () => void client.invalidateQueries({ queryKey: financeKeys.all }),
  });
  const options = (open.data?.items ?? []).filter(isOpen).map((invoice) => ({
    value: invoice.id,
    label: `${invoice.number ?? '—'} · ${invoice.buyerName} · ${money(invoice.totalMinor - invoice.paidMinor, invoice.currency, i18n.language)}`,
  }));
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Select
          aria-label={t('finance.statements.chooseInvoice')}
          placeholder={t('finance.statements.chooseInvoice')}
          data={options}
          value={invoiceId}
          onChange={setInvoiceId}
          searchable
          size="xs"
          w={280}
          maw="100%"
        />
        <Button
          size="xs"
          disabled={!invoiceId}
          loading={match.isPending}
          onClick={() => invoiceId && match.mutate(invoiceId)}
        >
          {t('finance.statements.match')}
        </Button>
      </Group>
      {match.isError && (
        <Text size="xs" c="red.8" role="alert">
          {match.error.message}
        </Text>
      )}
    </Stack>
  );
}
