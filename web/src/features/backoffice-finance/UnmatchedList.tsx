import { NumberInput, Pagination, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { FilterBar } from '../../shared/components/FilterBar.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { ManualMatch } from './ManualMatch.js';
import { financeQueries } from './queries.js';
import { StatementLinesTable } from './StatementLinesTable.js';

const PAGE_SIZE = 50;

/** The unmatched payments, newest first, a page at a time, with filters. */
export function UnmatchedList() {
  const { t } = useTranslation();
  const [statementId, setStatementId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const statements = useQuery(financeQueries.statements());
  const unmatched = useQuery(
    financeQueries.unmatched({
      statementId: statementId ?? undefined,
      from,
      to,
      amountMinor: typeof amount === 'number' ? Math.round(amount * 100) : undefined,
      q: text.trim() || undefined,
      page,
      size: PAGE_SIZE,
    }),
  );
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
            <StatementLinesTable lines={unmatched.data.items} action={(line) => <ManualMatch line={line} />} />
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
