import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  NumberInput,
  Pagination,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api, query, uploadMultipart } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { FilterBar } from '../../shared/components/FilterBar.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import type {
  FinanceInvoiceList,
  StatementImport,
  StatementImportDetail,
  StatementImportList,
  StatementLine,
  StatementLinePage,
  StatementUpload,
} from '../../shared/contracts.js';
import { isOpen, money, shortDate } from './financeFormat.js';

type Line = z.infer<typeof StatementLine>;
type Import = z.infer<typeof StatementImport>;
const IMPORT_COLORS: Record<Import['status'], string> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
};
const PAGE_SIZE = 50;
const STATUS_COLORS = { matched: 'green', unmatched: 'orange', ignored: 'gray', not_booked: 'yellow' };

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
            <Table.Th>{t('finance.statements.reason')}</Table.Th>
            {action && <Table.Th>{t('finance.col.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>{line.lineNo}</Table.Td>
              <Table.Td style={nowrap}>{shortDate(line.bookingDate, i18n.language)}</Table.Td>
              <Table.Td style={nowrap}>
                {line.amountMinor === null || line.currency === null
                  ? '—'
                  : `${line.creditDebit === 'DBIT' ? '−' : ''}${money(line.amountMinor, line.currency, i18n.language)}`}
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
              <Table.Td>{line.reason ? t(`finance.statements.reasonValue.${line.reason}`) : '—'}</Table.Td>
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

/** One import's progress while its job runs (the page asks again every second), then its result. */
function ImportProgress({ id, duplicate }: { id: string; duplicate: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const detail = useQuery({
    queryKey: ['finance', 'statement', id],
    queryFn: () => api.get<z.infer<typeof StatementImportDetail>>(`/api/finance/statements/${id}`),
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      if (status === 'done' || status === 'failed') {
        void client.invalidateQueries({ queryKey: ['finance', 'unmatched'] });
        return false;
      }
      return 1000;
    },
  });
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const d = detail.data;
  const finished = d.status === 'done' || d.status === 'failed';
  return (
    <Stack gap="sm" mt="md" data-testid="statement-import">
      {duplicate && (
        <Alert color="yellow" role="status">
          {t('finance.statements.duplicate')}
        </Alert>
      )}
      <Group gap="sm">
        <Badge color={IMPORT_COLORS[d.status]} variant="light">
          {t(`finance.statements.importStatus.${d.status}`)}
        </Badge>
        <Text size="sm" role="status">
          {t('finance.statements.progress', {
            read: d.linesRead,
            total: d.linesTotal,
            matched: d.linesMatched,
            unmatched: d.linesUnmatched,
            duplicate: d.linesDuplicate,
          })}
        </Text>
      </Group>
      {!finished && <Progress value={d.linesTotal ? (100 * d.linesRead) / d.linesTotal : 0} animated />}
      {d.status === 'failed' && (
        <Alert color="red" role="alert">
          {t('finance.statements.failed')}
        </Alert>
      )}
      {finished && d.lines.length > 0 && <LinesTable lines={d.lines} />}
    </Stack>
  );
}

/** The unmatched payments, newest first, a page at a time, with filters. */
function UnmatchedList() {
  const { t } = useTranslation();
  const [statementId, setStatementId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const statements = useQuery({
    queryKey: ['finance', 'statements'],
    queryFn: () => api.get<z.infer<typeof StatementImportList>>('/api/finance/statements'),
  });
  const filters = query({
    statementId,
    from,
    to,
    amountMinor: typeof amount === 'number' ? Math.round(amount * 100) : undefined,
    q: text.trim() || undefined,
    page,
    size: PAGE_SIZE,
  });
  const unmatched = useQuery({
    queryKey: ['finance', 'unmatched', filters],
    queryFn: () => api.get<z.infer<typeof StatementLinePage>>(`/api/finance/statement-lines/unmatched${filters}`),
    placeholderData: (previous) => previous,
  });
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  return (
    <Stack gap="sm">
      <FilterBar
        label={t('finance.statements.unmatchedTitle')}
        choice={{
          label: t('finance.statements.statement'),
          placeholder: t('finance.statements.allStatements'),
          options: (statements.data?.items ?? []).map((s) => ({
            value: s.id,
            label: `${s.statementId ?? s.fileName} · ${s.uploadedAt.slice(0, 10)}`,
          })),
          searchable: true,
        }}
        value={statementId}
        onChange={reset(setStatementId)}
        dates={{ fromLabel: t('finance.payments.from'), toLabel: t('finance.payments.to'), from, to }}
        onDates={(d) => {
          setFrom(d.from);
          setTo(d.to);
          setPage(1);
        }}
      >
        <NumberInput
          label={t('finance.statements.amount')}
          value={amount}
          onChange={reset(setAmount)}
          min={0}
          decimalScale={2}
          w={140}
        />
        <TextInput
          label={t('finance.statements.search')}
          value={text}
          onChange={(e) => reset(setText)(e.currentTarget.value)}
          w={220}
        />
      </FilterBar>
      {unmatched.isPending && <PageLoader />}
      {unmatched.isError && <ErrorAlert error={unmatched.error} />}
      {unmatched.data &&
        (unmatched.data.items.length === 0 ? (
          <Text c="dimmed">{t('finance.statements.noUnmatched')}</Text>
        ) : (
          <>
            <Text size="sm">{t('finance.statements.unmatchedCount', { count: unmatched.data.total })}</Text>
            <LinesTable lines={unmatched.data.items} action={(line) => <ManualMatch line={line} />} />
            {unmatched.data.total > PAGE_SIZE && (
              <Pagination
                total={Math.ceil(unmatched.data.total / PAGE_SIZE)}
                value={page}
                onChange={setPage}
                aria-label={t('finance.statements.pages')}
              />
            )}
          </>
        ))}
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
      return uploadMultipart<z.infer<typeof StatementUpload>>('/api/finance/statements', form);
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['finance'] }),
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
        {upload.data && <ImportProgress id={upload.data.statement.id} duplicate={upload.data.duplicate} />}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t('finance.statements.unmatchedTitle')}
        </Title>
        <UnmatchedList />
      </Paper>
    </Stack>
  );
}
