import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client.js';
import { DateField } from '../../shared/components/DateField.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { CollectionRunCard } from './CollectionRunCard.js';
import { financeKeys, financeQueries, financeRequests } from './queries.js';

export function DirectDebitTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [collectionDate, setCollectionDate] = useState('');
  const runs = useQuery(financeQueries.collectionRuns());
  // The invoices of the runs' items, by id (the same query as the invoices tab without filters).
  const invoices = useQuery(financeQueries.invoices());
  const byId = new Map((invoices.data?.items ?? []).map((invoice) => [invoice.id, invoice]));
  const create = useMutation({
    mutationFn: () => financeRequests.createRun(collectionDate),
    onSuccess: () => void client.invalidateQueries({ queryKey: financeKeys.all }),
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
          runs.data.items.map((run) => <CollectionRunCard key={run.id} run={run} invoices={byId} />)
        ))}
    </Stack>
  );
}
