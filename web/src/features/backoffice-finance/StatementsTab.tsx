import { Alert, Badge, Button, FileInput, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api, uploadMultipart } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import type { FinanceInvoiceList, StatementLine, StatementLineList, StatementResult } from '../../shared/contracts.js';
import { isOpen, money, shortDate } from './financeFormat.js';

type Line = z.infer<typeof StatementLine>;
const STATUS_COLORS: Record<Line['status'], string> = { matched: 'green', unmatched: 'orange', ignored: 'gray' };

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * Statement lines; with `action` it is the manual queue, where every line is unmatched, so the
 * status columns give way to the matching controls.
 */
function LinesTable({ lines, action }: { lines: readonly Line[]; action?: (line: Line) => React.ReactNode }) {
  const { t, i18n } = useTranslation();
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
            {action && <Table.Th>{t('finance.col.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>{line.lineNo}</Table.Td>
              <Table.Td style={nowrap}>{shortDate(line.bookingDate, i18n.language)}</Table.Td>
              <Table.Td style={nowrap}>
                {line.creditDebit === 'DBIT' ? '−' : ''}
                {money(line.amountMinor, line.currency, i18n.language)}
              </Table.Td>
              <Table.Td>{line.debtorName ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {line.reference ?? line.remittance ?? '—'}
                </Text>
              </Table.Td>
              {!action && (
                <Table.Td>
                  <Badge color={STATUS_COLORS[line.status]} variant="light" miw="max-content">
                    {t(`finance.statements.status.${line.status}`)}
                  </Badge>
                </Table.Td>
              )}
              {!action && (
                <Table.Td>{line.matchedBy ? t(`finance.statements.matchedByValue.${line.matchedBy}`) : '—'}</Table.Td>
              )}
              {action && <Table.Td>{action(line)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ManualMatch({ line }: { line: Line }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  // Every invoice still waiting for money: pending, partially paid, overdue or failed.
  const open = useQuery({
    queryKey: ['finance', 'invoices', ''],
    queryFn: () => api.get<z.infer<typeof FinanceInvoiceList>>('/api/finance/invoices'),
  });
  const match = useMutation({
    mutationFn: (id: string) => api.post(`/api/finance/statement-lines/${line.id}/match`, { invoiceId: id }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['finance'] }),
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

export function StatementsTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return uploadMultipart<z.infer<typeof StatementResult>>('/api/finance/statements', form);
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['finance'] }),
  });
  const unmatched = useQuery({
    queryKey: ['finance', 'unmatched'],
    queryFn: () => api.get<z.infer<typeof StatementLineList>>('/api/finance/statement-lines/unmatched'),
  });

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t('finance.statements.uploadTitle')}
        </Title>
        <Group align="flex-end">
          <FileInput
            label={t('finance.statements.file')}
            accept=".xml,application/xml,text/xml"
            value={file}
            onChange={(value) => {
              setFile(value);
              upload.reset();
            }}
            clearable
            w={320}
          />
          <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
            {t('finance.statements.upload')}
          </Button>
        </Group>
        {upload.isError && <ErrorAlert error={upload.error} />}
        {upload.data && (
          <Stack gap="sm" mt="md">
            {upload.data.duplicate ? (
              <Alert color="yellow" role="status">
                {t('finance.statements.duplicate')}
              </Alert>
            ) : (
              <Alert color="green" role="status">
                {t('finance.statements.processed', { count: upload.data.lines.length })}
              </Alert>
            )}
            <LinesTable lines={upload.data.lines} />
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t('finance.statements.unmatchedTitle')}
        </Title>
        {unmatched.isPending && <PageLoader />}
        {unmatched.isError && <ErrorAlert error={unmatched.error} />}
        {unmatched.data &&
          (unmatched.data.items.length === 0 ? (
            <Text c="dimmed">{t('finance.statements.noUnmatched')}</Text>
          ) : (
            <LinesTable lines={unmatched.data.items} action={(line) => <ManualMatch line={line} />} />
          ))}
      </Paper>
    </Stack>
  );
}
